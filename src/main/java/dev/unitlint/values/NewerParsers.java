package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;

/**
 * The parsers that appeared after 252 (read from the 254, 257 and 262 sources), registered with
 * {@link ValueParsers}. Where a parser's grammar is too host-dependent or unspecified to judge
 * (a PCRE2 pattern, BPF delegation names, Live Update sessions), it is marked as accepting any
 * string rather than guessed at.
 */
final class NewerParsers {

    private NewerParsers() {
    }

    /** The spec of a parser that appeared after 252, or null for a name unknown here too ({@link ValueParsers#spec}). */
    static ValueParsers.Spec define(String parser) {
        return switch (parser) {
            case "config_parse_image_policy" -> ValueParsers.check(parser, NewerParsers::imagePolicy);
            case "config_parse_import_credential" ->
                    ValueParsers.check(parser, NewerParsers::importCredential, Specifiers.Table.FULL,
                            ValueParsers.Scope.NONE, false);
            case "config_parse_log_filter_patterns" -> ValueParsers.check(parser, NewerParsers::logFilterPattern);
            case "config_parse_open_file" -> ValueParsers.check(parser, NewerParsers::openFile);
            case "config_parse_delegate_subgroup" ->
                    ValueParsers.restricted(ValueParsers.check(parser, NewerParsers::delegateSubgroup),
                            ValueParsers.delegatingTypes());
            case "config_parse_exec_quota" -> ValueParsers.check(parser, NewerParsers::quota);
            case "config_parse_concurrency_max" -> ValueParsers.check(parser, NewerParsers::concurrency);
            case "config_parse_bind_network_interface" ->
                    ValueParsers.check(parser, NewerParsers::bindNetworkInterface, Specifiers.Table.FULL,
                            ValueParsers.Scope.VALUE, false);
            case "config_parse_xattr" -> ValueParsers.check(parser, NewerParsers::xattr);
            case "config_parse_cgroup_nft_set" -> ValueParsers.any(parser, null, false);
            case "config_parse_luo_sessions" -> ValueParsers.any(parser, null, false);
            case "config_parse_managed_oom_rules" ->
                    ValueParsers.restricted(ValueParsers.any(parser, null, false), ValueParsers.managedOomTypes());
            case "config_parse_service_refresh_on_reload" -> ValueParsers.any(parser, null, false);
            case "config_parse_bpf_delegate_attachments" -> ValueParsers.any(parser, null, false);
            case "config_parse_bpf_delegate_commands" -> ValueParsers.any(parser, null, false);
            case "config_parse_bpf_delegate_maps" -> ValueParsers.any(parser, null, false);
            case "config_parse_bpf_delegate_programs" -> ValueParsers.any(parser, null, false);
            default -> null;
        };
    }

    /**
     * config_parse_image_policy() (254+): "-", "*", "~", or PARTITION=FLAGS items joined by ':'
     * (an empty PARTITION sets the default). A missing '=' or a repeated partition makes systemd
     * refuse the unit; unknown partition names and flags are ignored.
     */
    static void imagePolicy(String v, ValueContext c, Problems out) {
        if (v.equals("-") || v.equals("*") || v.equals("~")) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ExtractWord.Word item : ExtractWord.split(v, ":", ExtractWord.DONT_COALESCE_SEPARATORS).words()) {
            int eq = item.text().indexOf('=');
            String problem = null;
            if (eq < 0) {
                problem = "'" + item.text() + "' has no '='";
            } else if (!seen.add(item.text().substring(0, eq).strip())) {
                problem = item.text().substring(0, eq).isBlank() ? "the default is given twice"
                        : "the partition " + item.text().substring(0, eq).strip() + " is given twice";
            }
            if (problem != null) {
                out.invalid(item.start(), item.end(), "Invalid " + c.key() + "=" + v + ": " + problem, Effect.UNIT_REFUSED,
                        "Failed to parse image policy, refusing", "Write PARTITION=FLAGS items joined by ':', e.g."
                                + " root=verity+signed:usr=verity, or -, * or ~");
                return;
            }
        }
    }

    /** config_parse_import_credential() (254+): GLOB[:NAME], the glob a credential name with an optional trailing '*'. */
    static void importCredential(String v, ValueContext c, Problems out) {
        ExtractWord.Result r = ExtractWord.extract(v, 0, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        if (r.status() <= 0) {
            out.invalidValue(v, "Invalid syntax", "Write a credential name or glob, e.g. foo.* ");
            return;
        }
        String glob = r.word().text();
        String name = glob.endsWith("*") ? glob.substring(0, glob.length() - 1) : glob;
        if (!Specifiers.contains(glob) && !(name.isEmpty() && glob.endsWith("*") || ExecContextChecks.isCredentialName(name))) {
            out.invalidValue(v, "Credential name or glob \"" + glob + "\" not valid",
                    "Write a credential name, optionally ending in *, e.g. foo.*");
            return;
        }
        String rename = r.next() < 0 ? "" : v.substring(r.next());
        if (!rename.isEmpty() && !ExecContextChecks.isCredentialName(rename)) {
            out.invalidValue(v, "Credential name \"" + rename + "\" not valid", "The name after ':' must be a credential name");
        }
    }

    /** config_parse_log_filter_patterns() (254+): a PCRE2 pattern, optionally after '~'; "~" alone is invalid. */
    static void logFilterPattern(String v, ValueContext c, Problems out) {
        if (v.equals("~")) {
            out.invalidValue(v, "Regex pattern invalid", "Write a regular expression after ~");
        }
    }

    /** config_parse_open_file() (254+): PATH[:FDNAME[:OPTIONS]] with an absolute path and options from the catalog's table. */
    static void openFile(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        java.util.List<ExtractWord.Word> parts = split.words();
        String fix = "Write PATH[:FDNAME[:OPTIONS]] with an absolute path and options from read-only, append, truncate,"
                + " graceful (joined by ',')";
        if (split.failed() || parts.isEmpty() || parts.size() > 3) {
            out.invalidValue(v, "Failed to parse OpenFile= setting", fix);
            return;
        }
        String path = parts.get(0).text();
        boolean pathOk = path.startsWith("/") && SystemdPaths.isValid(path, true) || path.contains("%");
        boolean nameOk = parts.size() < 2 || parts.get(1).text().isEmpty() || UnitChecks.isFdName(parts.get(1).text());
        boolean optionsOk = true;
        if (parts.size() == 3) {
            for (String o : parts.get(2).text().split(",", -1)) {
                optionsOk &= EnumValues.tableHas("open_file_flags_table", o, c.release());
            }
        }
        if (!pathOk || !nameOk || !optionsOk) {
            out.invalidValue(v, "Failed to parse OpenFile= setting", fix);
        }
    }

    /** config_parse_delegate_subgroup() (254+): a control-group name that needs no escaping. */
    static void delegateSubgroup(String v, ValueContext c, Problems out) {
        boolean needsEscape = v.startsWith("_") || v.startsWith(".") || v.contains("/") || v.equals("notify_on_release")
                || v.equals("release_agent") || v.equals("tasks") || v.startsWith("cgroup.")
                || CgroupChecks.isController(v.contains(".") ? v.substring(0, v.indexOf('.')) : "", c.release());
        if (needsEscape) {
            out.invalidValue(v, "Invalid control group name", "Write a plain name that does not start with _ or . and"
                    + " is not a controller or cgroup file name");
        }
    }

    /** config_parse_exec_quota() (262): off, a percentage up to 100%, or a size. */
    static void quota(String v, ValueContext c, Problems out) {
        if (!v.equals("off") && !Percent.permyriad(v).ok() && !Sizes.parseSize(v, 1024).ok()) {
            out.invalidValue(v, "Failed to parse disk quota value", "Write a size such as 10G, a percentage such as 50%, or off");
        }
    }

    /** config_parse_concurrency_max() (262): infinity or an unsigned number. */
    static void concurrency(String v, ValueContext c, Problems out) {
        if (!v.equals("infinity")) {
            ScalarChecks.unsigned(v, c, out);
        }
    }

    /** config_parse_bind_network_interface() (262): an interface name, alternative names (up to 127 characters) allowed. */
    static void bindNetworkInterface(String v, ValueContext c, Problems out) {
        boolean ok = v.length() < 128 && (v.length() < 16 ? CgroupChecks.isInterfaceName(v)
                : CgroupChecks.isInterfaceName(v.substring(0, 15)) && v.chars().allMatch(ch -> ch > 32 && ch < 127
                        && ch != ':' && ch != '/' && ch != '%'));
        if (!ok) {
            out.invalidValue(v, "Invalid interface name, ignoring: " + v, "Write a network interface name");
        }
    }

    /** config_parse_xattr() (262): NAME=VALUE, the name in the user. namespace. */
    static void xattr(String v, ValueContext c, Problems out) {
        int eq = v.indexOf('=');
        if (eq < 0) {
            out.invalidValue(v, "Failed to parse extended attribute expression", "Write user.NAME=VALUE");
        } else if (!v.startsWith("user.") && !v.substring(0, eq).contains("%")) {
            out.add(0, eq, Kind.INVALID, Effect.ASSIGNMENT_IGNORED, out.compose("Invalid " + c.key() + "=" + v,
                    Effect.ASSIGNMENT_IGNORED, "Extended attribute name does not begin with 'user.'",
                    "Only user.* attributes may be set"));
        }
    }
}
