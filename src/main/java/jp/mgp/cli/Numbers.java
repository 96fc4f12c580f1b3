package jp.mgp.cli;

import java.util.Locale;

import jp.mgp.io.export.TableCsv;

/** How the CLI writes numbers for machines: '.' decimal, no grouping, at most six decimals, no exponent. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double v) {
        return TableCsv.plain(v);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    /** Parses {@code YEAR:VALUE}, as in {@code --from 2034:10.8}; anything else is refused by the option's name. */
    static double[] yearValue(String option, String text) {
        int colon = text.indexOf(':');
        try {
            if (colon < 0) {
                throw new NumberFormatException();
            }
            double year = Integer.parseInt(text.substring(0, colon).trim());
            double value = Double.parseDouble(text.substring(colon + 1).trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return new double[] {year, value};
        } catch (NumberFormatException e) {
            throw RefusedArgument.of("solve.yearValue", option, text);
        }
    }
}
