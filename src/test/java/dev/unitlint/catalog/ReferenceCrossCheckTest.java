package dev.unitlint.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the generated catalog against the team's independently compiled reference tables
 * in shared/reference (systemd 257.13 and 252.39, read by hand and by other tooling).
 *
 * <p>Both were made from the same systemd sources by different methods, so agreement is evidence
 * that the generator reads the sources right. Every disagreement fails the test unless it is in
 * an allow-list below, with the reason why the two legitimately differ.
 */
class ReferenceCrossCheckTest {

    private static final int REFERENCE_RELEASE = 257;
    private static final int OLDER_REFERENCE_RELEASE = 252;

    /**
     * version_added disagreements that are not of the general kind below, with the reason. Keys are
     * "Section.Key" or a bare key name for all its sections.
     *
     * <p>The general kind: the reference copies the man pages' "Added in version N" annotation,
     * which is one per name (not per section) and one per entry (a grouped entry carries its
     * oldest name's version), while the catalog dates each (section, key) from the sources of
     * every release from v183 on (tools/catalog/dating.py) and records the man page's claim in its
     * notes ("man says vN"). A disagreement where the catalog's date is exact and its notes name
     * the reference's version is that kind; every other one needs an entry here.
     */
    private static final Map<String, String> VERSION_ALLOWED = new HashMap<>();

    // Empty since the catalog dates from every release's sources: the last entry, Scope.OOMPolicy=
    // (man v253, accepted by the 252.39 stable release), is now of the general kind.

    /** Reference enum rows the catalog does not model, with the reason. */
    private static final Map<String, String> ENUM_ROWS_NOT_MODELLED = Map.of(
            "Service.Type values by version", "a note on NEWS versions, not a value table",
            "*.MountFlags", "parsed by mount_propagation_flag_from_string(), a hand-written switch, not a string table",
            "Socket.SocketProtocol", "parsed by parse_socket_protocol(), a hand-written switch, not a string table",
            "Socket.DeferTrigger", "the reference did not read its values (\"(not read)\")");

    private static Path referenceDir() {
        String root = System.getProperty("unitlint.root");
        Assumptions.assumeTrue(root != null, "unitlint.root not set (run through Maven)");
        Path dir = Path.of(root).resolve("../shared/reference").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("systemd-directives.tsv")), "no reference at " + dir);
        return dir;
    }

    private static List<Map<String, String>> readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void directivesAgreeWithTheReference() throws IOException {
        DirectiveCatalog catalog = DirectiveCatalog.get();
        Assumptions.assumeTrue(catalog.coveredReleases().contains(REFERENCE_RELEASE),
                "catalog not generated from " + REFERENCE_RELEASE);
        List<Map<String, String>> reference = readTsv(referenceDir().resolve("systemd-directives.tsv"));

        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int versionsCompared = 0;
        int versionsAgree = 0;
        List<String> versionsExplained = new ArrayList<>();
        List<String> versionsFromSources = new ArrayList<>();
        Set<String> allowUsed = new TreeSet<>();
        for (Map<String, String> ref : reference) {
            if (!"yes".equals(ref.get("in_v257"))) {
                continue;
            }
            compared++;
            String name = ref.get("section") + "." + ref.get("directive");
            Directive ours = catalog.lookup(ref.get("section"), ref.get("directive")).orElse(null);
            if (ours == null || !ours.releasesPresent().contains(REFERENCE_RELEASE)) {
                disagreements.add(name + ": in the reference's 257, not in the catalog's 257");
                continue;
            }
            Set<String> refTypes = new TreeSet<>(Arrays.asList(ref.get("unit_types").split(",")));
            if (!refTypes.equals(new TreeSet<>(ours.unitTypes()))) {
                disagreements.add(name + ": unit types " + refTypes + " vs " + new TreeSet<>(ours.unitTypes()));
            }
            String refStatus = ref.get("status");
            if (!refStatus.equals(ours.statusIn(REFERENCE_RELEASE).id())) {
                disagreements.add(name + ": status " + refStatus + " vs " + ours.statusIn(REFERENCE_RELEASE).id());
            }
            boolean refIn252 = "yes".equals(ref.get("in_v252"));
            if (catalog.coveredReleases().contains(OLDER_REFERENCE_RELEASE)
                    && refIn252 != ours.releasesPresent().contains(OLDER_REFERENCE_RELEASE)) {
                disagreements.add(name + ": in 252 " + refIn252 + " vs " + !refIn252);
            }
            String refVersion = ref.get("version_added");
            if (refVersion.matches("\\d+")) {
                versionsCompared++;
                if (Integer.parseInt(refVersion) == ours.addedIn()) {
                    versionsAgree++;
                } else if (ours.addedExactly() && ours.notes().contains("man says v" + refVersion)) {
                    versionsFromSources.add(name + " " + refVersion + "->" + (ours.addedIn() == 0 ? "<=183" : ours.addedIn()));
                } else {
                    String reason = VERSION_ALLOWED.containsKey(name) ? name
                            : VERSION_ALLOWED.containsKey(ref.get("directive")) ? ref.get("directive") : null;
                    if (reason != null) {
                        allowUsed.add(reason);
                        versionsExplained.add(name + " " + refVersion + "->" + ours.addedIn());
                    } else {
                        disagreements.add(name + ": version_added " + refVersion + " vs " + ours.addedIn()
                                + " (" + ours.addedSource() + "; " + ours.notes() + ")");
                    }
                }
            }
        }
        Set<String> stale = new TreeSet<>(VERSION_ALLOWED.keySet());
        stale.removeAll(allowUsed);
        System.out.printf("reference cross-check: %d rows present in 257; versions compared %d, agree %d, "
                        + "dated from the sources where the reference copies the man page %d, allow-listed %d, "
                        + "unexplained disagreements (all columns) %d%n",
                compared, versionsCompared, versionsAgree, versionsFromSources.size(), versionsExplained.size(),
                disagreements.size());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/reference-version-differences.txt"), versionsFromSources, StandardCharsets.UTF_8);
        if (!stale.isEmpty()) {
            disagreements.add("allow-list entries no longer needed: " + stale);
        }
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements:\n  " + String.join("\n  ", disagreements));
    }

    @Test
    void enumValuesAgreeWithTheReference() throws IOException {
        DirectiveCatalog catalog = DirectiveCatalog.get();
        Assumptions.assumeTrue(catalog.coveredReleases().contains(REFERENCE_RELEASE));
        List<Map<String, String>> reference = readTsv(referenceDir().resolve("systemd-enums.tsv"));

        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Map<String, String> ref : reference) {
            String kind = ref.get("kind");
            String target = ref.get("directive_or_type");
            if (!kind.startsWith("enum") || ENUM_ROWS_NOT_MODELLED.containsKey(target)) {
                continue;
            }
            // Upstream-only rows are checked against the newest release, 257.13 rows against 257.
            int release = kind.equals("enum(upstream)") ? catalog.newestRelease() : REFERENCE_RELEASE;
            String key = target.split(",")[0].replace("*.", "Service.");
            Set<String> ours = tableValues(catalog, key, release);
            Set<String> refValues = new TreeSet<>(Arrays.asList(ref.get("allowed_values").trim().split("\\s+")));
            compared++;
            if (!refValues.equals(ours)) {
                disagreements.add(target + " in " + release + ": " + refValues + " vs " + ours);
                continue;
            }
            // Values the reference says arrived after 252 must not be available in 252, the rest must.
            String added = ref.get("values_added_after_252");
            if (kind.equals("enum") && catalog.coveredReleases().contains(OLDER_REFERENCE_RELEASE)) {
                Set<String> in252 = tableValues(catalog, key, OLDER_REFERENCE_RELEASE);
                Set<String> expected252 = new TreeSet<>(refValues);
                if (added.startsWith("(table absent")) {
                    expected252.clear();
                } else if (!added.isBlank()) {
                    expected252.removeAll(Arrays.asList(added.trim().split("\\s+")));
                }
                if (!expected252.equals(in252)) {
                    disagreements.add(target + " in 252: " + expected252 + " vs " + in252);
                }
            }
        }
        System.out.printf("reference cross-check: %d enum rows compared, %d disagreements%n", compared, disagreements.size());
        assertTrue(compared > 20, "too few enum rows compared: " + compared);
        assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
    }

    /** The table values (without the parser's own prefixes and literals) a release accepts for a key. */
    private static Set<String> tableValues(DirectiveCatalog catalog, String key, int release) {
        Set<String> values = new LinkedHashSet<>();
        for (EnumValue e : catalog.enumEntries(key)) {
            if (e.availableIn(release) && !e.isPrefix() && !e.flags().contains("literal")) {
                values.add(e.value());
            }
        }
        return new TreeSet<>(values);
    }
}
