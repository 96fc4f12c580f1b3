package jp.mgp.presentation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as the user types and reads them in one language: one strict reader for every numeric field and the
 * writer that matches it. The reader takes the whole text or nothing ("10.8abc" is refused, not read as 10.8); a
 * grouping separator must group thousands, so in English "1,500" is 1500 and "1,5" is refused rather than read as
 * 15; digits, minus, period, comma and percent typed with a Japanese input method (full width) are accepted, as
 * are U+2212 minus and surrounding spaces. Exponents, NaN and infinities are refused: no field means them.
 * Immutable; {@link #of} gives a writer of up to four decimals with grouping, narrowed with the {@code with}
 * methods.
 */
public final class NumberText {

    private final Locale locale;
    private final int minFraction;
    private final int maxFraction;
    private final boolean grouping;
    private final boolean percent;

    private NumberText(Locale locale, int minFraction, int maxFraction, boolean grouping, boolean percent) {
        this.locale = locale;
        this.minFraction = minFraction;
        this.maxFraction = maxFraction;
        this.grouping = grouping;
        this.percent = percent;
    }

    /** Numbers in {@code locale}'s symbols: grouped, with up to four decimals. */
    public static NumberText of(Locale locale) {
        return new NumberText(locale, 0, 4, true, false);
    }

    /** Writes between {@code min} and {@code max} decimals (rounding half to even, as {@link DecimalFormat}). */
    public NumberText withFractionDigits(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("fraction digits " + min + " to " + max);
        }
        return new NumberText(locale, min, max, grouping, percent);
    }

    /** Writes without grouping separators: a year is "2040", never "2,040". Reading still accepts grouping. */
    public NumberText withoutGrouping() {
        return new NumberText(locale, minFraction, maxFraction, false, percent);
    }

    /** A field in percent: the reader also accepts a trailing "%" (the number is still in percent). */
    public NumberText withPercentSign() {
        return new NumberText(locale, minFraction, maxFraction, grouping, true);
    }

    /** A year: whole, no grouping. */
    public static NumberText year(Locale locale) {
        return new NumberText(locale, 0, 0, false, false);
    }

    /** {@code value} written as this reader reads it back. */
    public String format(double value) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(grouping);
        format.setGroupingSize(3);
        format.setMinimumFractionDigits(minFraction);
        format.setMaximumFractionDigits(maxFraction);
        String text = format.format(value);
        // "-0" (a tiny negative rounded away) reads as 0: write it so.
        return text.matches("-0([.,]0*)?") ? text.substring(1) : text;
    }

    /** The number the whole of {@code text} writes, or empty when it is not exactly one number. */
    public OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = halfWidth(text).strip();
        if (percent && t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        if (!shape(decimal, group).matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        StringBuilder plain = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == decimal) {
                plain.append('.');
            } else if (c != group) {
                plain.append(c);
            }
        }
        double value = Double.parseDouble(plain.toString());
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Signs, digits, integer part either plain or grouped in threes, decimals; at least one digit. */
    private static Pattern shape(char decimal, char group) {
        String d = Pattern.quote(String.valueOf(decimal));
        String g = Pattern.quote(String.valueOf(group));
        String whole = "(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)";
        return Pattern.compile("[+-]?(?:" + whole + "(?:" + d + "\\d*)?|" + d + "\\d+)");
    }

    /** Full-width digits and signs as their ASCII forms, U+2212 minus as "-". */
    private static String halfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uff10' && c <= '\uff19') {
                b.append((char) ('0' + (c - '\uff10')));
            } else {
                b.append(switch (c) {
                    case '\u2212', '\uff0d', '\ufe63' -> '-';
                    case '\uff0b' -> '+';
                    case '\uff0e' -> '.';
                    case '\uff0c' -> ',';
                    case '\uff05' -> '%';
                    case '\u3000', '\u00a0' -> ' ';
                    default -> c;
                });
            }
        }
        return b.toString();
    }
}
