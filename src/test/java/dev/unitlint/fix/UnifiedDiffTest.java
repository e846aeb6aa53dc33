package dev.unitlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a", "x\n", "x\n"));
    }

    @Test
    void changesFarApartAreSeparateHunksWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String after = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\nTWELVE\n";
        assertEquals("""
                --- f
                +++ f
                @@ -1,5 +1,5 @@
                 1
                -2
                +TWO
                 3
                 4
                 5
                @@ -9,4 +9,4 @@
                 9
                 10
                 11
                -12
                +TWELVE
                """, UnifiedDiff.of("f", before, after));
    }

    @Test
    void aMissingFinalNewlineIsMarked() {
        assertEquals("""
                --- f
                +++ f
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +c
                \\ No newline at end of file
                """, UnifiedDiff.of("f", "a\nb", "a\nc"));
    }

    @Test
    void crlfLinesKeepTheirCarriageReturns() {
        assertEquals("--- f\n+++ f\n@@ -1 +1,2 @@\n a\r\n+b\r\n", UnifiedDiff.of("f", "a\r\n", "a\r\nb\r\n"));
    }

    @Test
    void anInsertionIntoAnEmptyFileIsNumberedFromZero() {
        assertEquals("--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.of("f", "", "a\n"));
    }

    /** Applying the diff to the old text gives the new one, for random texts and random changes. */
    @Test
    void theDiffTurnsTheOldTextIntoTheNewOne() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                lines.add("l" + random.nextInt(6) + "\n");
            }
            List<String> changed = new ArrayList<>(lines);
            int edits = random.nextInt(5);
            for (int e = 0; e < edits; e++) {
                int at = changed.isEmpty() ? 0 : random.nextInt(changed.size() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> changed.add(at, "new" + random.nextInt(3) + "\n");
                    case 1 -> {
                        if (at < changed.size()) changed.remove(at);
                    }
                    default -> {
                        if (at < changed.size()) changed.set(at, "set" + random.nextInt(3) + "\n");
                    }
                }
            }
            String before = String.join("", lines);
            String after = String.join("", changed);
            if (random.nextBoolean() && after.endsWith("\n")) {
                after = after.substring(0, after.length() - 1);
            }
            String diff = UnifiedDiff.of("f", before, after);
            assertEquals(after, patch(before, diff), "round " + round + ":\n" + diff);
        }
    }

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    /** A minimal patch(1): applies the hunks of a diff made by UnifiedDiff, checking context and removed lines. */
    private static String patch(String before, String diff) {
        if (diff.isEmpty()) {
            return before;
        }
        List<String> old = UnifiedDiff.lines(before);
        List<String> out = new ArrayList<>();
        String[] lines = diff.split("(?<=\n)");
        int next = 0;
        for (int i = 2; i < lines.length; i++) {
            Matcher m = HUNK.matcher(lines[i]);
            assertTrue(m.find(), lines[i]);
            int start = Integer.parseInt(m.group(1));
            int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int from = count == 0 ? start : start - 1;
            while (next < from) {
                out.add(old.get(next++));
            }
            for (i++; i < lines.length && !lines[i].startsWith("@@"); i++) {
                String body = lines[i].substring(1);
                boolean noNewline = i + 1 < lines.length && lines[i + 1].startsWith("\\ No newline");
                if (noNewline) {
                    body = body.substring(0, body.length() - 1);
                }
                switch (lines[i].charAt(0)) {
                    case ' ' -> {
                        assertEquals(old.get(next++), body);
                        out.add(body);
                    }
                    case '-' -> assertEquals(old.get(next++), body);
                    case '+' -> out.add(body);
                    default -> throw new AssertionError(lines[i]);
                }
                if (noNewline) {
                    i++;
                }
            }
            i--;
        }
        while (next < old.size()) {
            out.add(old.get(next++));
        }
        return String.join("", out);
    }
}
