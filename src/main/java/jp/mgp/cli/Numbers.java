package jp.mgp.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the CLI writes numbers for machines: '.' decimal, no grouping, at most six decimals, no exponent. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    /** Parses {@code YEAR:VALUE}, as in {@code --from 2034:10.8}. */
    static double[] yearValue(String option, String text) {
        int colon = text.indexOf(':');
        try {
            if (colon < 0) {
                throw new NumberFormatException();
            }
            double year = Integer.parseInt(text.substring(0, colon).trim());
            double value = Double.parseDouble(text.substring(colon + 1).trim());
            return new double[] {year, value};
        } catch (NumberFormatException e) {
            throw new UserError(option + " must be YEAR:VALUE, such as 2034:10.8 (found \"" + text + "\")");
        }
    }
}
