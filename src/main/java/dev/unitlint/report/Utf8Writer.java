package dev.unitlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for standard output that takes strings as they are: Java keeps most
 * strings as Latin-1 bytes, and {@link String#getBytes} turns an ASCII one into UTF-8 with one
 * copy, where {@link java.io.OutputStreamWriter} (behind a {@link java.io.BufferedWriter}) first
 * widens every character to UTF-16 and then encodes it back. A report of every security check of
 * a corpus is some 40 MB of text, so the difference shows.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** A high surrogate at the end of a char[] write, kept for the low one that completes it. */
    private char pendingHigh;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        if (pendingHigh != 0 && len > 0) {
            String joined = pendingHigh + text.substring(off, off + len);
            pendingHigh = 0;
            put(joined.getBytes(StandardCharsets.UTF_8));
            return;
        }
        put((off == 0 && len == text.length() ? text : text.substring(off, off + len))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        String text = new String(chars, off, len);
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        put(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    private void put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            put(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
