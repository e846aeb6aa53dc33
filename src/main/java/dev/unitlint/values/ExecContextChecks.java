package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;

/**
 * Checks of the execution-environment parsers that are neither paths nor security lists
 * (src/core/load-fragment.c of 252): environment and log settings, credentials, standard input
 * data, personality, secure bits, mount propagation, core-dump filters.
 */
final class ExecContextChecks {

    static final String ENV_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

    private ExecContextChecks() {
    }

    /** env_name_is_valid(): letters, digits and '_', not starting with a digit. */
    static boolean isEnvironmentName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (ENV_NAME_CHARS.indexOf(name.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** env_assignment_is_valid(): NAME=VALUE with a valid name. */
    static boolean isEnvironmentAssignment(String word) {
        int eq = word.indexOf('=');
        return eq > 0 && isEnvironmentName(word.substring(0, eq));
    }

    /** config_parse_environ(): words (quotes and C escapes decoded), each NAME=VALUE; a bad word is dropped. */
    static void environment(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.CUNESCAPE | ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (Specifiers.contains(w.text()) || isEnvironmentAssignment(w.text())) {
                continue;
            }
            out.invalid(w.start(), w.end(), "Invalid " + c.key() + "= assignment '" + w.text() + "'", Effect.WORD_IGNORED,
                    "Invalid environment assignment, ignoring",
                    "Write NAME=VALUE with a name of letters, digits and '_' not starting with a digit; quote an"
                            + " assignment whose value has spaces: \"NAME=a b\"");
        }
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote or bad escape in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax, ignoring", "Close the quote, or write \\\\ for a backslash");
        }
    }

    /** config_parse_pass_environ(): unquoted words, each a variable name. */
    static void passEnvironment(String v, ValueContext c, Problems out) {
        names(v, c, out, ExtractWord.UNQUOTE, false);
    }

    /** config_parse_unset_environ(): words (escapes decoded), each a name or NAME=VALUE. */
    static void unsetEnvironment(String v, ValueContext c, Problems out) {
        names(v, c, out, ExtractWord.UNQUOTE | ExtractWord.CUNESCAPE, true);
    }

    private static void names(String v, ValueContext c, Problems out, int flags, boolean assignments) {
        ExtractWord.Split split = ExtractWord.split(v, null, flags);
        for (ExtractWord.Word w : split.words()) {
            if (Specifiers.contains(w.text()) || isEnvironmentName(w.text()) || assignments && isEnvironmentAssignment(w.text())) {
                continue;
            }
            out.invalid(w.start(), w.end(), "'" + w.text() + "' is not an environment variable name", Effect.WORD_IGNORED,
                    (assignments ? "Invalid environment name or assignment " : "Invalid environment name for ") + c.key()
                            + ", ignoring: " + w.text(), "Names have letters, digits and '_' and do not start with a digit");
        }
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Trailing garbage in " + c.key(), "Close the quote");
        }
    }

    /** journal_field_valid(): 1–64 characters of A–Z, 0–9 and '_', not starting with a digit or '_'. */
    static boolean isJournalField(String name) {
        if (name.isEmpty() || name.length() > 64 || name.charAt(0) == '_' || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_')) {
                return false;
            }
        }
        return true;
    }

    /** config_parse_log_extra_fields(): words FIELD=VALUE with a journal field name. */
    static void logExtraFields(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.CUNESCAPE | ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (Specifiers.contains(w.text())) {
                continue;
            }
            int eq = w.text().indexOf('=');
            if (eq < 0) {
                out.invalid(w.start(), w.end(), "'" + w.text() + "' in " + c.key() + "= has no '='", Effect.WORD_IGNORED,
                        "Log field lacks '=' character", "Write FIELD=VALUE, e.g. " + c.key() + "=COMPONENT=frontend");
            } else if (!isJournalField(w.text().substring(0, eq))) {
                out.invalid(w.start(), w.end(), "'" + w.text().substring(0, eq) + "' is not a journal field name",
                        Effect.WORD_IGNORED, "Log field name is invalid",
                        "Field names have upper-case letters, digits and '_' (not first), at most 64 characters");
            }
        }
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax", "Close the quote");
        }
    }

    /** config_parse_log_namespace(): a file name usable as unit instance, no globs or unsafe characters, ≤ 222 characters. */
    static void logNamespace(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        boolean valid = SystemdPaths.isFilename(v) && v.length() <= 222 && UnitNames.isValidInstance(v)
                && dev.unitlint.syntax.SystemdStrings.isSafe(v) && !v.matches(".*[*?\\[].*");
        if (!valid) {
            out.invalidValue(v, "Specified log namespace name is not valid",
                    "Write a name of letters, digits and :-_. (at most 222 characters)");
        }
    }

    /** credential_name_valid(): a file name of at most 255 printable ASCII characters without ':'. */
    static boolean isCredentialName(String name) {
        return SystemdPaths.isFilename(name) && UnitChecks.isFdName(name);
    }

    /** config_parse_set_credential(): NAME:DATA (escapes decoded; Base64 for SetCredentialEncrypted=). */
    static void setCredential(String v, ValueContext c, Problems out) {
        int colon = v.indexOf(':');
        if (colon < 0 || colon == v.length() - 1) {
            out.invalidValue(v, "Invalid syntax", "Write NAME:DATA, e.g. " + c.key() + "=token:secret");
            return;
        }
        String name = v.substring(0, colon);
        if (unknownSpecifier(v, 0, name, c, out)) {
            return;
        }
        if (!Specifiers.contains(name) && !isCredentialName(name)) {
            out.invalid(0, colon, "Invalid " + c.key() + "=" + v + ": '" + name + "' is not a credential name",
                    Effect.ASSIGNMENT_IGNORED, "Credential name \"" + name + "\" not valid",
                    "Credential names are file names: printable ASCII without / or :, not . or ..");
            return;
        }
        String data = v.substring(colon + 1);
        if (c.key().endsWith("Encrypted") && !Base64Text.isValid(data)) {
            out.invalid(colon + 1, v.length(), "Invalid " + c.key() + "=" + v, Effect.ASSIGNMENT_IGNORED,
                    "Encrypted credential data not valid Base64 data", "Write the output of systemd-creds encrypt");
        }
    }

    /** config_parse_load_credential(): NAME[:SOURCE], SOURCE an absolute normalized path or a credential name. */
    static void loadCredential(String v, ValueContext c, Problems out) {
        ExtractWord.Result r = ExtractWord.extract(v, 0, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        if (r.status() <= 0) {
            out.invalidValue(v, "Invalid syntax", "Write NAME:PATH or NAME");
            return;
        }
        String name = r.word().text();
        if (unknownSpecifier(v, r.word().start(), name, c, out)) {
            return;
        }
        if (!Specifiers.contains(name) && !isCredentialName(name)) {
            out.invalid(r.word().start(), r.word().end(), "Invalid " + c.key() + "=" + v + ": '" + name
                    + "' is not a credential name", Effect.ASSIGNMENT_IGNORED, "Credential name \"" + name + "\" not valid",
                    "Credential names are file names: printable ASCII without / or :, not . or ..");
            return;
        }
        String source = r.next() < 0 ? "" : v.substring(r.next());
        if (source.isEmpty() || unknownSpecifier(v, r.next(), source, c, out) || Specifiers.contains(source)) {
            return;
        }
        boolean ok = source.startsWith("/") ? SystemdPaths.isNormalized(source) : isCredentialName(source);
        if (!ok) {
            out.invalid(r.next(), v.length(), "Invalid " + c.key() + "=" + v + ": the source '" + source + "' is neither"
                    + " an absolute normalized path nor a credential name", Effect.ASSIGNMENT_IGNORED,
                    "Credential source \"" + source + "\" not valid",
                    "Write an absolute path without .. components (e.g. /etc/foo/key) or the name of a credential"
                            + " passed to the service manager");
        }
    }

    /** unit_cred_printf()/unit_path_printf() of one part: reports an unknown specifier there (the assignment is ignored). */
    private static boolean unknownSpecifier(String v, int at, String part, ValueContext c, Problems out) {
        int i = Specifiers.firstUnknown(part, Specifiers.Table.FULL, c.release());
        if (i < 0) {
            return false;
        }
        out.invalid(at + i, Math.min(v.length(), at + i + 2), "'" + part.substring(i, i + 2) + "' is not a specifier systemd "
                + c.release() + " knows (in " + c.key() + "=)", Effect.ASSIGNMENT_IGNORED,
                "Failed to resolve unit specifiers", "Write %% for a literal '%'");
        return true;
    }

    /** config_parse_exec_input_data(): Base64. */
    static void inputData(String v, ValueContext c, Problems out) {
        if (!Base64Text.isValid(v)) {
            out.invalidValue(v, "Failed to decode base64 data", "Write Base64 data, e.g. the output of base64 -w0");
        }
    }

    /** config_parse_exec_input_text(): C escapes must be valid. */
    static void inputText(String v, ValueContext c, Problems out) {
        int bad = Escapes.firstInvalid(v);
        if (bad >= 0) {
            out.invalid(bad, Math.min(v.length(), bad + 2), "Invalid " + c.key() + "=" + v + ": an invalid escape",
                    Effect.ASSIGNMENT_IGNORED, "Failed to decode C escaped text", "Write \\\\ for a backslash");
        }
    }

    /** config_parse_personality(): the host's architecture or its 32-bit sibling (x86-64 and x86 on x86-64). */
    static void personality(String v, ValueContext c, Problems out) {
        if (v.equals("x86-64") || v.equals("x86")) {
            return;
        }
        boolean architecture = dev.unitlint.catalog.DirectiveCatalog.get().enumEntries("architecture_table").stream()
                .anyMatch(e -> e.value().equals(v));
        if (architecture) {
            out.add(0, v.length(), ValueProblem.Kind.INVALID, Effect.WARNING, "Personality=" + v + " works only on " + v
                    + " hosts: systemd accepts only the architecture it runs on and its 32-bit sibling (x86-64 and x86 on"
                    + " an x86-64 host), and ignores the assignment elsewhere (\"Failed to parse personality\")");
        } else {
            out.invalidValue(v, "Failed to parse personality", "Write an architecture identifier such as x86-64, x86, arm64,"
                    + " arm, ppc64-le or s390x (that of the host or its 32-bit sibling)");
        }
    }

    /**
     * config_parse_exec_secure_bits(): secure_bits_from_string() drops words it does not know
     * without a message (and stops at an unbalanced quote), so an unknown word is a warning.
     */
    static void secureBits(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (!NameTables.get().has("securebits", w.text(), c.release())) {
                out.add(w.start(), w.end(), ValueProblem.Kind.INVALID, Effect.WARNING, "'" + w.text() + "' is not a secure"
                        + " bit: systemd drops it from " + c.key() + "= without a message. Secure bits are "
                        + String.join(" ", NameTables.get().names("securebits", c.release())));
            }
        }
        if (split.failed()) {
            out.add(split.error(), v.length(), ValueProblem.Kind.INVALID, Effect.WARNING, "An unbalanced quote in "
                    + c.key() + "=: systemd silently drops it and everything after it. Close the quote");
        }
    }

    /** config_parse_exec_mount_flags() (252) and config_parse_exec_mount_propagation_flag(): shared, slave or private. */
    static void mountPropagation(String v, ValueContext c, Problems out) {
        if (!v.equals("shared") && !v.equals("slave") && !v.equals("private")) {
            out.invalidValue(v, "Failed to parse mount flag", "Write shared, slave or private");
        }
    }

    /** config_parse_exec_coredump_filter(): names (the catalog's table), "all", or hexadecimal masks. */
    static void coredumpFilter(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, 0);
        for (ExtractWord.Word w : split.words()) {
            String word = w.text();
            boolean name = word.equals("all") || word.equals("default") || EnumValues.tableHas("coredump_filter_table", word, c.release());
            boolean mask = !word.isEmpty() && CNumbers.safeAtouBase(word, 16, false, ScalarChecks.UINT64_MAX).ok();
            if (!name && !mask) {
                out.invalidValue(v, "Failed to parse the CoredumpFilter=" + v, "'" + word + "' is neither a filter name"
                        + " (private-anonymous, shared-anonymous, private-file-backed, shared-file-backed, elf-headers,"
                        + " private-huge, shared-huge, private-dax, shared-dax, all, default) nor a hexadecimal mask");
                return;
            }
        }
        if (split.failed()) {
            out.invalidValue(v, "Failed to parse the CoredumpFilter=" + v, "Remove the trailing backslash");
        }
    }

    /** config_parse_exec_selinux_context() and friends: "-" makes a failure non-fatal; only specifiers are checked. */
    static void labelWithOptionalDash(String v, ValueContext c, Problems out) {
        // Free text; the specifier layer reports unknown specifiers (fatal without the "-").
    }
}
