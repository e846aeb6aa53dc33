package dev.unitlint.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a unit file, decoded from UTF-8 without losing a byte.
 *
 * <p>systemd reads unit files as bytes and only rejects invalid UTF-8 line by line, so a
 * linter must be able to parse, and print back, files that are not valid UTF-8. Each byte
 * that is not part of a valid UTF-8 sequence is kept as the lone surrogate
 * {@code U+DC80 + byte} (Python's "surrogateescape"), which no valid UTF-8 decodes to;
 * {@link #encode(CharSequence)} turns it back into the original byte.
 *
 * <p>Lines end where systemd's {@code read_line()} ends them: at {@code \n}, {@code \r},
 * {@code \0}, or the pairs {@code \r\n} and {@code \n\r}, each optionally followed by
 * {@code \0}. Positions are counted in code points, as the ANTLR lexer counts them.
 */
public final class SourceText {

    /** systemd's LONG_LINE_MAX: a longer physical line (in bytes) makes the whole file fail to load. */
    public static final int LONG_LINE_MAX = 1024 * 1024;

    private static final int ESCAPE_BASE = 0xDC80;

    /** How much of the start of a file {@link #looksBinary()} looks at: 8 KiB, as git and diff do. */
    private static final int BINARY_SAMPLE = 8192;

    private static final int[] NONE = new int[0];

    private final String text;
    /** Code point offset at which each physical line starts; lineStarts[0] == 0. */
    private final int[] lineStarts;
    private final int lineCount;
    /** Physical lines longer than LONG_LINE_MAX bytes (1-based), usually empty. */
    private final int[] overlongLines;
    private final boolean hasInvalidUtf8;
    private final int codePointLength;
    /** Code point offsets of the characters outside the BMP, ascending; built on first use. */
    private volatile int[] supplementary;

    /** @param ascii true when every char is ASCII: one byte, one code point */
    private SourceText(String text, boolean hasInvalidUtf8, boolean ascii) {
        this.text = text;
        this.hasInvalidUtf8 = hasInvalidUtf8;
        int[] starts = new int[64];
        int count = 1;
        int[] overlong = NONE;
        int lineBytes = 0;
        int offset = 0;
        int i = 0;
        int n = text.length();
        if (ascii && text.indexOf('\r') < 0 && text.indexOf(0) < 0) {
            // Nearly every file: ASCII lines ended by \n only. Find the ends with indexOf, not char by char.
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
                if (end - i > LONG_LINE_MAX) {
                    overlong = Arrays.copyOf(overlong, overlong.length + 1);
                    overlong[overlong.length - 1] = count;
                }
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = end + 1;
                i = end + 1;
            }
            lineBytes = n - i;
            i = n;
            offset = n;
        }
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int terminatorLength = terminatorLength(i);
            if (terminatorLength > 0) {
                if (lineBytes > LONG_LINE_MAX) {
                    overlong = Arrays.copyOf(overlong, overlong.length + 1);
                    overlong[overlong.length - 1] = count;
                }
                i += terminatorLength;
                offset += terminatorLength;
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = offset;
                lineBytes = 0;
                continue;
            }
            lineBytes += utf8Length(cp);
            i += width;
            offset++;
        }
        if (lineBytes > LONG_LINE_MAX) {
            overlong = Arrays.copyOf(overlong, overlong.length + 1);
            overlong[overlong.length - 1] = count;
        }
        // Right-sized: a run keeps every file's text until its last rule has run.
        this.lineStarts = count == starts.length ? starts : Arrays.copyOf(starts, count);
        this.lineCount = count;
        this.overlongLines = overlong;
        this.codePointLength = offset;
    }

    /** Length in chars of the line terminator starting at char index i, or 0. All terminator chars are BMP. */
    private int terminatorLength(int i) {
        char c = text.charAt(i);
        int length;
        if (c == '\r' || c == '\n') {
            length = 1;
            if (i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if ((c == '\r' && next == '\n') || (c == '\n' && next == '\r')) length = 2;
            }
        } else if (c == 0) {
            return 1;
        } else {
            return 0;
        }
        if (i + length < text.length() && text.charAt(i + length) == 0) length++;
        return length;
    }

    private static int utf8Length(int cp) {
        if (cp >= ESCAPE_BASE && cp <= ESCAPE_BASE + 0x7F) return 1;
        if (cp < 0x80) return 1;
        if (cp < 0x800) return 2;
        if (cp < 0x10000) return 3;
        return 4;
    }

    /** For tests: the text of ASCII bytes, read char by char as other text is. */
    static SourceText decodeWithoutAsciiShortcut(byte[] bytes) {
        return new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), false, false);
    }

    public static SourceText decode(byte[] bytes) {
        if (isAscii(bytes)) {
            // Nearly every unit file: one bulk copy instead of a char-by-char decode.
            return new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), false, true);
        }
        StringBuilder out = new StringBuilder(bytes.length);
        boolean invalid = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length;
            int cp;
            int min;
            if (b >= 0xC2 && b <= 0xDF) { length = 2; cp = b & 0x1F; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { length = 3; cp = b & 0x0F; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { length = 4; cp = b & 0x07; min = 0x10000; }
            else { length = 0; cp = 0; min = 0; }
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) ok = false;
                else cp = (cp << 6) | (c & 0x3F);
            }
            // Reject overlong forms, UTF-16 surrogates and code points past U+10FFFF, as systemd's utf8 checks do.
            if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
            if (ok) {
                out.appendCodePoint(cp);
                i += length;
            } else {
                out.append((char) (ESCAPE_BASE + (b - 0x80)));
                invalid = true;
                i++;
            }
        }
        return new SourceText(out.toString(), invalid, false);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Encodes text produced by {@link #decode(byte[])} back to the original bytes. */
    public static byte[] encode(CharSequence s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
                i++;
            } else if (isEscapedByte(c)) {
                out.write(c - ESCAPE_BASE + 0x80);
                i++;
            } else {
                int cp = Character.codePointAt(s, i);
                i += Character.charCount(cp);
                if (cp < 0x800) {
                    out.write(0xC0 | (cp >> 6));
                    out.write(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    out.write(0xE0 | (cp >> 12));
                    out.write(0x80 | ((cp >> 6) & 0x3F));
                    out.write(0x80 | (cp & 0x3F));
                } else {
                    out.write(0xF0 | (cp >> 18));
                    out.write(0x80 | ((cp >> 12) & 0x3F));
                    out.write(0x80 | ((cp >> 6) & 0x3F));
                    out.write(0x80 | (cp & 0x3F));
                }
            }
        }
        return out.toByteArray();
    }

    /** True for a char that stands for a byte that was not valid UTF-8. */
    public static boolean isEscapedByte(int c) {
        return c >= ESCAPE_BASE && c <= ESCAPE_BASE + 0x7F;
    }

    public String text() {
        return text;
    }

    public boolean hasInvalidUtf8() {
        return hasInvalidUtf8;
    }

    /**
     * True when this is not a text file at all (a program, an archive, an image, a UTF-16 file)
     * saved under a unit file's name. The test is git's, grep's and diff's, a NUL byte in the
     * first 8 KiB, with one refinement for systemd, which ends lines at NUL: NULs between
     * otherwise clean text are line ends, unless they are a quarter of it (UTF-16, where
     * every other byte of ASCII text is NUL). "Clean" means UTF-8 without control characters
     * other than tab, line ends, form feed, vertical tab and ESC.
     */
    public boolean looksBinary() {
        int end = Math.min(text.length(), BINARY_SAMPLE);
        int firstNul = text.indexOf(0);
        if (firstNul < 0 || firstNul >= end) {
            return false; // no NUL in the sample: text (nearly every file, asked once per unit and rule)
        }
        int nul = 0;
        boolean other = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                nul++;
            } else if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b && c != 0x1b
                    : isEscapedByte(c) || c == 0x7f) {
                other = true;
            }
        }
        return nul > 0 && (other || nul * 4 >= end);
    }

    /** True for a file that starts with a UTF-16 byte order mark (which {@link #looksBinary()} also is). */
    public boolean startsWithUtf16ByteOrderMark() {
        return text.length() >= 2 && isEscapedByte(text.charAt(0)) && isEscapedByte(text.charAt(1))
                && ((text.charAt(0) == ESCAPE_BASE + 0x7f && text.charAt(1) == ESCAPE_BASE + 0x7e)
                    || (text.charAt(0) == ESCAPE_BASE + 0x7e && text.charAt(1) == ESCAPE_BASE + 0x7f));
    }

    public int lineCount() {
        return lineCount;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** The char index in {@link #text()} of a code point offset (they differ only after characters outside the BMP). */
    int charIndex(int offset) {
        if (codePointLength == text.length()) {
            return offset;
        }
        int[] at = supplementary;
        if (at == null) {
            int[] found = new int[16];
            int count = 0;
            int cp = 0;
            for (int i = 0; i < text.length(); cp++) {
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = cp;
                    i += 2;
                } else {
                    i++;
                }
            }
            at = Arrays.copyOf(found, count);
            supplementary = at;
        }
        // One extra char for each supplementary character before the offset.
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return offset + lo;
    }

    /** The text between two code point offsets (end exclusive). */
    String substring(int startOffset, int endOffset) {
        return text.substring(charIndex(startOffset), charIndex(endOffset));
    }

    int[] overlongLines() {
        return overlongLines.length == 0 ? NONE : overlongLines.clone();
    }

    /**
     * The text of a physical line (1-based) without its terminator, or "" past the end. Walks
     * from the start of the text, so it is for printing findings, not for hot paths.
     */
    public String physicalLine(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        // Not text.offsetByCodePoints(0, ...), which counts from the start of the file for each line.
        int start = charIndex(lineStarts[line - 1]);
        int end = start;
        while (end < text.length() && terminatorLength(end) == 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /** 1-based line of a code point offset. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }

    /**
     * The code point offset of a 1-based line and column, the inverse of {@link #span}: what a fix
     * needs to turn a finding's span back into a place in the text. A column past the end of a
     * line is not checked.
     */
    public int offsetOf(int line, int column) {
        if (line < 1 || line > lineCount) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineCount);
        }
        return lineStarts[line - 1] + column - 1;
    }

    /** 1-based column (in code points) of a code point offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /**
     * {@link #span} of the offsets, or the start of the file when {@code startOffset} is negative:
     * how the syntax tree keeps the span of a key or section name it could not place.
     */
    Span spanOrFileStart(int startOffset, int endOffset) {
        return startOffset < 0 ? Span.lineStart(1) : span(startOffset, endOffset);
    }

    /**
     * The span between two code point offsets (end exclusive). An end offset that sits just
     * after a line terminator is pulled back to the end of that line, so spans never end in column 1
     * of the following line.
     */
    public Span span(int startOffset, int endOffset) {
        int startLine = lineOf(startOffset);
        int startColumn = startOffset - lineStarts[startLine - 1] + 1;
        int endLine = lineOf(endOffset);
        int endColumn = endOffset - lineStarts[endLine - 1] + 1;
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
            return new Span(startLine, startColumn, startLine, startColumn);
        }
        return new Span(startLine, startColumn, endLine, endColumn);
    }
}
