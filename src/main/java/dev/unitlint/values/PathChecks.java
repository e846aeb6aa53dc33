package dev.unitlint.values;

import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.Optional;

/**
 * Checks of the parsers that read paths (src/core/load-fragment.c of 252, unchanged in what they
 * accept through 262 unless noted). Each parser applies path_simplify_and_warn() with its own
 * demand — absolute, relative, or just normalized — after its own prefixes ({@code -}, {@code +},
 * {@code |}, {@code !}) and splitting; see {@link SystemdPaths}.
 */
final class PathChecks {

    private PathChecks() {
    }

    /**
     * Checks one path of the value at offset {@code at}; reports a PATH problem with the parser's
     * effect. Paths with specifiers are left alone (systemd expands them first). True when fine.
     */
    static boolean path(String value, int at, String path, ValueContext c, Problems out, SystemdPaths.Check check,
                        Effect effect) {
        return path(value, at, path, c, out, check, effect, ApiVfs.ALLOWED);
    }

    /** Whether the parser refuses paths below the API file systems (257 and later). */
    enum ApiVfs { ALLOWED, REFUSED, REFUSED_BUT_DEV }

    static boolean path(String value, int at, String path, ValueContext c, Problems out, SystemdPaths.Check check,
                        Effect effect, ApiVfs apiVfs) {
        if (Specifiers.contains(path)) {
            return true;
        }
        Optional<SystemdPaths.Problem> problem = apiVfs == ApiVfs.ALLOWED || c.release() < SystemdPaths.API_VFS_CHECK_FROM
                ? SystemdPaths.check(path, check)
                : SystemdPaths.checkOutsideApiVfs(path, check, apiVfs == ApiVfs.REFUSED_BUT_DEV);
        if (problem.isEmpty()) {
            return true;
        }
        String want = switch (problem.get()) {
            case NOT_ABSOLUTE -> "Write an absolute path, starting with /";
            case ABSOLUTE -> "Write a path relative to the directory systemd manages for this key (e.g. foo or foo/bar),"
                    + " without a leading /";
            case INVALID_LENGTH -> "Paths are at most 4095 bytes, each component at most 255";
            case NOT_NORMALIZED -> "Write the path without .. components";
            case BELOW_API_VFS -> "systemd " + c.release() + " does not accept paths below /proc, /sys"
                    + (apiVfs == ApiVfs.REFUSED_BUT_DEV ? "" : " or /dev") + " here";
        };
        String says = c.key() + "= path " + problem.get().words() + (effect == Effect.UNIT_REFUSED ? "" : ", ignoring");
        int end = Math.min(value.length(), at + Math.max(path.length(), 1));
        out.report(at, end, Kind.PATH, "The path '" + path + "' in " + c.key() + "= " + problem.get().words(), effect, says, want);
        return false;
    }

    /** config_parse_unit_path_printf() (config_parse_path()): one absolute path; fatal for RootDirectory= and friends. */
    static void unitPath(String v, ValueContext c, Problems out) {
        boolean fatal = "true".equals(c.ltype()) || "1".equals(c.ltype());
        path(v, 0, v, c, out, SystemdPaths.Check.ABSOLUTE, fatal ? Effect.UNIT_REFUSED : Effect.ASSIGNMENT_IGNORED);
    }

    /** config_parse_unit_condition_path(): "|" then "!" (no blanks), then an absolute path. */
    static void conditionPath(String v, ValueContext c, Problems out) {
        int i = 0;
        if (i < v.length() && v.charAt(i) == '|') i++;
        if (i < v.length() && v.charAt(i) == '!') i++;
        path(v, i, v.substring(i), c, out, SystemdPaths.Check.ABSOLUTE, Effect.ASSIGNMENT_IGNORED);
    }

    /** config_parse_path_spec() (PathExists= …), config_parse_ip_filter_bpf_progs(): one absolute path. */
    static void absolute(String v, ValueContext c, Problems out) {
        path(v, 0, v, c, out, SystemdPaths.Check.ABSOLUTE, Effect.ASSIGNMENT_IGNORED);
    }

    /** config_parse_unit_env_file(): an optional "-", then an absolute path. */
    static void environmentFile(String v, ValueContext c, Problems out) {
        int i = v.startsWith("-") ? 1 : 0;
        path(v, i, v.substring(i), c, out, SystemdPaths.Check.ABSOLUTE, Effect.ASSIGNMENT_IGNORED);
    }

    /**
     * config_parse_pid_file(): a relative path is taken below /run; the result must be
     * normalized, and a path that is not makes systemd fail the whole unit (the parser returns
     * the error to config_parse()).
     */
    static void pidFile(String v, ValueContext c, Problems out) {
        String p = v.startsWith("/") ? v : "/run/" + v;
        path(v, 0, p, c, out, SystemdPaths.Check.ABSOLUTE, Effect.UNIT_REFUSED, ApiVfs.REFUSED);
    }

    /** config_parse_namespace_path_strv(): words, each "-" then "+" then an absolute path; a bad word is dropped. */
    static void namespacePaths(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            String t = w.text();
            int skip = 0;
            if (t.startsWith("-", skip)) skip++;
            if (t.startsWith("+", skip)) skip++;
            path(v, w.start() + (w.text().equals(v.substring(w.start(), w.end())) ? skip : 0), t.substring(skip), c, out,
                    SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED);
        }
        syntax(v, split, c, out);
    }

    /** config_parse_unit_requires_mounts_for(): unquoted words, each an absolute path; a bad word is dropped. */
    static void mountsFor(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            path(v, w.start(), w.text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED);
        }
        syntax(v, split, c, out);
    }

    /** config_parse_unit_path_strv_printf() (Symlinks=): unquoted words; the first bad one ends the list. */
    static void pathList(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (!path(v, w.start(), w.text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.REST_IGNORED)) {
                return;
            }
        }
        syntax(v, split, c, out);
    }

    /** config_parse_colon_separated_paths() (ExecSearchPath=): ':'-separated absolute paths; the first bad one ends the list. */
    static void colonSeparated(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        for (ExtractWord.Word w : split.words()) {
            if (!path(v, w.start(), w.text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.REST_IGNORED)) {
                return;
            }
        }
    }

    /**
     * config_parse_exec_directories() (StateDirectory= …): words SOURCE[:DESTINATION], both
     * relative and normalized, the source not below "private"; ConfigurationDirectory= takes no
     * destination. A bad word is dropped.
     */
    static void execDirectories(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        for (ExtractWord.Word w : split.words()) {
            String tuple = w.text();
            ExtractWord.Result src = ExtractWord.extract(tuple, 0, ":", ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS);
            if (src.status() <= 0) {
                out.invalid(w.start(), w.end(), "Invalid " + c.key() + "= entry '" + tuple + "'", Effect.REST_IGNORED,
                        "Invalid syntax in " + c.key() + "=", "Write a relative directory name, optionally :DESTINATION");
                return;
            }
            ExtractWord.Result dest = ExtractWord.extract(tuple, src.next(), ":",
                    ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS);
            if (dest.status() < 0) {
                out.invalid(w.start(), w.end(), "Invalid " + c.key() + "= entry '" + tuple + "'", Effect.REST_IGNORED,
                        "Invalid syntax in " + c.key() + "=", "Write a relative directory name, optionally :DESTINATION");
                return;
            }
            String source = src.word().text();
            int offset = w.text().equals(v.substring(w.start(), w.end())) ? w.start() : w.start();
            if (!path(v, offset, source, c, out, SystemdPaths.Check.RELATIVE, Effect.WORD_IGNORED)) {
                continue;
            }
            if (!Specifiers.contains(source) && (source.equals("private") || source.startsWith("private/"))) {
                out.invalid(w.start(), w.end(), "The directory '" + source + "' in " + c.key() + "= is below 'private'",
                        Effect.WORD_IGNORED, c.key() + "= path can't be 'private', ignoring assignment: " + tuple,
                        "systemd uses private/ itself for DynamicUser=; choose another name");
                continue;
            }
            boolean withFlags = c.release() >= SystemdPaths.API_VFS_CHECK_FROM;
            if (withFlags && dest.status() > 0 && dest.next() >= 0) {
                ExtractWord.Result flags = ExtractWord.extract(tuple, dest.next(), ":",
                        ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS | ExtractWord.DONT_COALESCE_SEPARATORS);
                String f = flags.status() > 0 ? flags.word().text() : "";
                if (!f.isEmpty() && !f.equals("ro")) {
                    out.invalid(w.start(), w.end(), "'" + f + "' is not a flag of " + c.key() + "=", Effect.WORD_IGNORED,
                            "Invalid flags for " + c.key() + "=, ignoring: " + f, "The only flag is ro: NAME:DESTINATION:ro");
                    continue;
                }
            }
            if (dest.status() > 0 && !dest.word().text().isEmpty()) {
                if (c.key().equals("ConfigurationDirectory")) {
                    out.invalid(w.start(), w.end(), "A destination in ConfigurationDirectory= ('" + tuple + "')",
                            Effect.WORD_IGNORED, "Destination parameter is not supported for ConfigurationDirectory",
                            "Only StateDirectory=, RuntimeDirectory=, CacheDirectory= and LogsDirectory= take :DESTINATION");
                    continue;
                }
                path(v, w.start(), dest.word().text(), c, out, SystemdPaths.Check.RELATIVE, Effect.WORD_IGNORED);
            }
        }
        syntax(v, split, c, out);
    }

    /** config_parse_temporary_filesystems(): words PATH[:OPTIONS], the path absolute. */
    static void temporaryFileSystems(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            ExtractWord.Result p = ExtractWord.extract(w.text(), 0, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
            if (p.status() <= 0) {
                continue;
            }
            path(v, w.start(), p.word().text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED);
        }
        syntax(v, split, c, out);
    }

    /**
     * config_parse_bind_paths() (BindPaths=, BindReadOnlyPaths=): words SOURCE[:DESTINATION[:OPTIONS]],
     * split at ':' and blanks without joining repeated separators, the source optionally after
     * "-", both absolute, OPTIONS rbind or norbind.
     */
    static void bindPaths(String v, ValueContext c, Problems out) {
        String seps = ":" + ExtractWord.WHITESPACE;
        int flags = ExtractWord.UNQUOTE | ExtractWord.DONT_COALESCE_SEPARATORS;
        int p = 0;
        while (true) {
            ExtractWord.Result source = ExtractWord.extract(v, p, seps, flags);
            if (source.status() < 0) {
                out.invalid(source.errorAt(), v.length(), "Invalid " + c.key() + "=" + v, Effect.REST_IGNORED,
                        "Failed to parse " + c.key(), "Close the quote");
                return;
            }
            if (source.status() == 0) {
                return;
            }
            p = source.next();
            String s = source.word().text();
            int skip = s.startsWith("-") ? 1 : 0;
            boolean sourceOk = path(v, source.word().start() + skip, s.substring(skip), c, out, SystemdPaths.Check.ABSOLUTE,
                    Effect.WORD_IGNORED);
            boolean destinationFollows = p > 0 && v.charAt(p - 1) == ':';
            if (!sourceOk) {
                continue;
            }
            if (!destinationFollows) {
                continue;
            }
            ExtractWord.Result dest = ExtractWord.extract(v, p, seps, flags);
            if (dest.status() < 0) {
                out.invalid(dest.errorAt(), v.length(), "Invalid " + c.key() + "=" + v, Effect.REST_IGNORED,
                        "Failed to parse " + c.key(), "Close the quote");
                return;
            }
            if (dest.status() == 0) {
                out.invalid(source.word().start(), v.length(), "Nothing after ':' in " + c.key() + "=", Effect.WORD_IGNORED,
                        "Missing argument after ':'", "Write SOURCE:DESTINATION with an absolute destination");
                return;
            }
            p = dest.next();
            if (!path(v, dest.word().start(), dest.word().text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED)) {
                continue;
            }
            if (p > 0 && v.charAt(p - 1) == ':') {
                ExtractWord.Result options = ExtractWord.extract(v, p, null, ExtractWord.UNQUOTE);
                if (options.status() < 0) {
                    out.invalid(options.errorAt(), v.length(), "Invalid " + c.key() + "=" + v, Effect.REST_IGNORED,
                            "Failed to parse " + c.key() + "=", "Close the quote");
                    return;
                }
                p = options.next();
                String o = options.status() > 0 ? options.word().text() : "";
                if (!o.isEmpty() && !o.equals("rbind") && !o.equals("norbind")) {
                    out.invalid(options.word().start(), options.word().end(), "'" + o + "' is not a bind-mount option",
                            Effect.WORD_IGNORED, "Invalid option string, ignoring setting: " + o,
                            "The options after the second ':' are rbind (the default) or norbind");
                }
            }
            if (p < 0) {
                return;
            }
        }
    }

    /** config_parse_exec_root_hash(): an absolute path, or at least 16 bytes in hexadecimal. */
    static void rootHash(String v, ValueContext c, Problems out) {
        if (v.startsWith("/")) {
            return;
        }
        if (v.length() % 2 != 0 || !v.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 0x80)) {
            out.invalidValue(v, "Failed to decode RootHash=", "Write the root hash in hexadecimal, or the absolute path of a file holding it");
        } else if (v.length() < 32) {
            out.invalidValue(v, "RootHash= is too short", "A root hash has at least 16 bytes (32 hexadecimal digits)");
        }
    }

    /** config_parse_exec_root_hash_sig(): an absolute path, or "base64:" and Base64 data. */
    static void rootHashSignature(String v, ValueContext c, Problems out) {
        if (v.startsWith("/")) {
            return;
        }
        if (!v.startsWith("base64:")) {
            out.invalidValue(v, "Failed to decode RootHashSignature=, not a path but doesn't start with 'base64:'",
                    "Write the absolute path of the signature file, or base64:DATA");
        } else if (!Base64Text.isValid(v.substring("base64:".length()))) {
            out.invalidValue(v, "Failed to decode RootHashSignature=", "The data after base64: must be valid Base64");
        }
    }

    /** The partition names of MountImages=, ExtensionImages= and RootImageOptions= ("root", "usr", …). */
    static boolean isPartition(String name, int release) {
        return DirectiveCatalog.get().enumEntries("partition_designator_table").stream()
                .anyMatch(e -> e.value().equals(name) && e.availableIn(release));
    }

    /** config_parse_root_image_options(): [PARTITION:]OPTIONS pairs; an unknown partition name is dropped. */
    static void rootImageOptions(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        if (split.failed()) {
            out.invalidValue(v, "Failed to parse " + c.key(), "Close the quote");
            return;
        }
        for (ExtractWord.Word w : split.words()) {
            ExtractWord.Result first = ExtractWord.extract(w.text(), 0, ":", ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS);
            ExtractWord.Result second = first.status() > 0 && first.next() >= 0
                    ? ExtractWord.extract(w.text(), first.next(), ":", ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS)
                    : first;
            if (first.status() < 0 || second.status() < 0) {
                out.invalidValue(v, "Failed to parse " + c.key(), "'" + w.text() + "' has a backslash that starts no"
                        + " escape; write [PARTITION:]OPTIONS, with \\ for a backslash");
                return;
            }
            if (first.status() <= 0 || first.next() < 0) {
                continue; // options for the root partition
            }
            partition(v, w, first.word().text(), c, out);
        }
    }

    private static void partition(String v, ExtractWord.Word w, String name, ValueContext c, Problems out) {
        if (!Specifiers.contains(name) && !isPartition(name, c.release())) {
            out.invalid(w.start(), w.end(), "'" + name + "' is not a partition name", Effect.WORD_IGNORED,
                    "Invalid partition name " + name, "Partition names are root, usr, home, srv, esp, xbootldr, swap,"
                            + " root-verity, usr-verity, tmp, var, …; write PARTITION:OPTIONS");
        }
    }

    /**
     * config_parse_mount_images() (SOURCE:DESTINATION[:PARTITION:OPTIONS…]) and
     * config_parse_extension_images() (SOURCE[:PARTITION:OPTIONS…]): the source optionally after
     * "-", the paths absolute.
     */
    static void images(String v, ValueContext c, Problems out) {
        boolean destination = c.key().equals("MountImages");
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        int flags = ExtractWord.CUNESCAPE | ExtractWord.UNESCAPE_SEPARATORS;
        for (ExtractWord.Word w : split.words()) {
            String tuple = w.text();
            ExtractWord.Result first = ExtractWord.extract(tuple, 0, ":", flags);
            if (first.status() < 0) {
                out.invalid(w.start(), v.length(), "Invalid " + c.key() + "= entry '" + tuple + "'", Effect.REST_IGNORED,
                        "Invalid syntax in " + c.key() + "=", "Write SOURCE" + (destination ? ":DESTINATION" : "")
                                + "[:PARTITION:OPTIONS]");
                return;
            }
            if (first.status() == 0) {
                continue;
            }
            String s = first.word().text();
            int skip = s.startsWith("-") ? 1 : 0;
            ApiVfs api = destination ? ApiVfs.REFUSED_BUT_DEV : ApiVfs.REFUSED;
            if (!path(v, w.start() + skip, s.substring(skip), c, out, SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED, api)) {
                continue;
            }
            int q = first.next();
            if (destination) {
                ExtractWord.Result second = ExtractWord.extract(tuple, q, ":", flags);
                if (second.status() <= 0 || second.word().text().isEmpty()) {
                    out.invalid(w.start(), w.end(), "No destination in " + c.key() + "= entry '" + tuple + "'",
                            Effect.WORD_IGNORED, "Missing destination in " + c.key(),
                            "Write SOURCE:DESTINATION with an absolute destination");
                    continue;
                }
                if (!path(v, w.start(), second.word().text(), c, out, SystemdPaths.Check.ABSOLUTE, Effect.WORD_IGNORED,
                        ApiVfs.REFUSED_BUT_DEV)) {
                    continue;
                }
                q = second.next();
            }
            while (q >= 0) {
                ExtractWord.Result part = ExtractWord.extract(tuple, q, ":", flags);
                if (part.status() <= 0) {
                    break;
                }
                ExtractWord.Result options = ExtractWord.extract(tuple, part.next(), ":", flags);
                if (options.status() <= 0) {
                    break; // one field: options for the root partition
                }
                partition(v, w, part.word().text(), c, out);
                q = options.next();
            }
        }
        syntax(v, split, c, out);
    }

    /** An unbalanced quote ends a word list: systemd ignores the rest. */
    static void syntax(String v, ExtractWord.Split split, ValueContext c, Problems out) {
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax", "Close the quote");
        }
    }
}
