package dev.unitlint.values;

import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * File modes as systemd's {@code parse_mode()} reads them (src/basic/parse-util.c, 252–262):
 * octal ({@code strtoul()} base 8 after leading blanks), at most 07777, no sign. Used by
 * UMask=, the *DirectoryMode= keys, SocketMode= and DirectoryMode=.
 */
public final class FileMode {

    private FileMode() {
    }

    /** The mode, or empty when systemd refuses the text. */
    public static OptionalInt parse(String text) {
        CNumbers.Parsed n = CNumbers.safeAtouBase(text, 8, true, BigInteger.valueOf(07777));
        return n.ok() ? OptionalInt.of(n.value().intValue()) : OptionalInt.empty();
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The permission bits a UMask= value takes away, as "group write, others read/write/execute"; empty for none. */
    public static String describeMask(int mask) {
        StringBuilder out = new StringBuilder();
        String[] who = {"owner", "group", "others"};
        for (int k = 0; k < 3; k++) {
            int bits = (mask >> (6 - 3 * k)) & 7;
            if (bits == 0) {
                continue;
            }
            StringBuilder rights = new StringBuilder();
            if ((bits & 4) != 0) rights.append("read/");
            if ((bits & 2) != 0) rights.append("write/");
            if ((bits & 1) != 0) rights.append("execute/");
            rights.setLength(rights.length() - 1);
            if (out.length() > 0) out.append(", ");
            out.append(who[k]).append(' ').append(rights);
        }
        return out.toString();
    }
}
