package ru.smolensk.registry.domain.normalization;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reading Roman numerals written with Latin letters (fold Cyrillic look-alikes first). */
public final class RomanNumerals {

    private static final Pattern VALID = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumerals() {
    }

    /** Whether the text is a well-formed, non-empty Roman numeral in upper-case Latin letters. */
    static boolean isValid(String text) {
        return text != null && !text.isEmpty() && VALID.matcher(text).matches();
    }

    /** The value of a well-formed Roman numeral (upper-case Latin), or empty. */
    public static OptionalInt parse(String text) {
        if (!isValid(text)) {
            return OptionalInt.empty();
        }
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int value = valueOf(text.charAt(i));
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return OptionalInt.of(total);
    }

    private static int valueOf(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> throw new IllegalArgumentException("Not a Roman digit: " + c);
        };
    }
}
