package dev.unitlint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts ({@code diff -u}, three lines of context), as {@code --diff}
 * prints it and {@code patch -p0} or {@code git apply -p0} apply it. Lines keep their
 * terminators, so a CRLF file's lines end in CR LF in the diff too; a last line without a
 * terminator is followed by {@code \ No newline at end of file}. Lines are compared with
 * Myers' O((N+M)D) algorithm, which stays fast for the few changed lines a fix makes.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff, or "" when the texts are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(path).append('\n');
        out.append("+++ ").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            // Find the next change, then take the hunk up to where CONTEXT*2 equal lines separate changes.
            while (i < ops.size() && ops.get(i)[0] == EQUAL) {
                i++;
            }
            if (i == ops.size()) {
                break;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int equalRun = 0;
            while (end < ops.size()) {
                if (ops.get(end)[0] == EQUAL) {
                    equalRun++;
                    if (equalRun > CONTEXT * 2) {
                        end++;
                        break;
                    }
                } else {
                    equalRun = 0;
                }
                end++;
            }
            // ops[end - equalRun, end) are the equal lines after the last change: keep CONTEXT of them.
            int stop = end - equalRun + Math.min(equalRun, CONTEXT);
            hunk(out, ops.subList(start, stop), a, b);
            i = stop;
        }
        return out.toString();
    }

    private static final int EQUAL = 0;
    private static final int DELETE = 1;
    private static final int INSERT = 2;

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            if (op[0] != INSERT) {
                if (aStart < 0) aStart = op[1];
                aCount++;
            }
            if (op[0] != DELETE) {
                if (bStart < 0) bStart = op[2];
                bCount++;
            }
        }
        // An empty side is numbered by the line before it, as diff does.
        int aLine = aCount == 0 ? ops.get(0)[1] : aStart + 1;
        int bLine = bCount == 0 ? ops.get(0)[2] : bStart + 1;
        out.append("@@ -").append(range(aLine, aCount)).append(" +").append(range(bLine, bCount)).append(" @@\n");
        for (int[] op : ops) {
            switch (op[0]) {
                case EQUAL -> line(out, ' ', a.get(op[1]));
                case DELETE -> line(out, '-', a.get(op[1]));
                default -> line(out, '+', b.get(op[2]));
            }
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static void line(StringBuilder out, char mark, String line) {
        out.append(mark).append(line);
        if (!line.endsWith("\n") && !line.endsWith("\r")) {
            out.append("\n\\ No newline at end of file\n");
        } else if (!line.endsWith("\n")) {
            out.append('\n');
        }
    }

    /** Lines with their terminators ({@code \n}, or {@code \r} not followed by {@code \n}). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * The edit script as {@code {op, indexInA, indexInB}} triples, in order; for an insertion
     * indexInA is the number of lines of a before it, for a deletion indexInB likewise.
     */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<int[]> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int previousK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
            int previousX = vd[offset + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(new int[] {EQUAL, --x, --y});
            }
            if (x == previousX) {
                reversed.add(new int[] {INSERT, x, --y});
            } else {
                reversed.add(new int[] {DELETE, --x, y});
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new int[] {EQUAL, --x, --y});
        }
        List<int[]> ops = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }
}
