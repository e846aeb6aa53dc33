package dev.unitlint.values;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Byte sizes and the limits built on them: {@code parse_size()} with base 1024 (suffixes
 * B, K, M, G, T, P, E — upper case only — and decimal fractions such as {@code 1.5G}),
 * percentages ({@code parse_permyriad()}: {@code 50%}, {@code 500‰}, {@code 5000‱}) and
 * {@code infinity}.
 */
public final class Sizes {

    private static final String SUFFIXES = "BKMGTPE";

    private Sizes() {
    }

    /** The size in bytes, or empty when {@code parse_size(…, 1024)} rejects it. */
    public static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.') && s.charAt(i) < 0x80) i++;
        String number = s.substring(0, i);
        if (number.isEmpty() || number.indexOf('.') != number.lastIndexOf('.') || number.equals(".")) {
            return Optional.empty();
        }
        String suffix = s.substring(i).strip();
        int power = suffix.isEmpty() ? 0 : SUFFIXES.indexOf(suffix);
        if (suffix.length() > 1 || power < 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number.startsWith(".") ? "0" + number : number)
                .multiply(BigDecimal.valueOf(1024).pow(power)));
    }

    /** A percentage as permyriad (1% = 100), or empty when the text is not one; at most 100%. */
    public static Optional<Integer> parsePermyriad(String text) {
        String s = text.strip();
        String[] signs = {"%", "‰", "‱"};
        int[] scale = {100, 10, 1};
        for (int k = 0; k < signs.length; k++) {
            if (s.endsWith(signs[k])) {
                String number = s.substring(0, s.length() - signs[k].length());
                if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
                    return Optional.empty();
                }
                BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(scale[k]));
                if (value.compareTo(BigDecimal.valueOf(10000)) > 0) {
                    return Optional.empty();
                }
                return Optional.of(value.intValue());
            }
        }
        return Optional.empty();
    }

    public static boolean isPercentage(String text) {
        String s = text.strip();
        return s.endsWith("%") || s.endsWith("‰") || s.endsWith("‱");
    }

    /** {@code config_parse_memory_limit}: infinity, a percentage or a size. */
    public static boolean isMemoryLimit(String text) {
        String s = text.strip();
        if (s.equals("infinity")) {
            return true;
        }
        if (isPercentage(s)) {
            return parsePermyriad(s).isPresent();
        }
        return parse(s).isPresent();
    }
}
