package jp.mgp.io.export;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The year table as delimited text: header {@code series,year,value,unit,kind}, one row per series-year, values
 * in the series' own unit with '.' as the decimal point and at most six decimals. The CLI's {@code table} and the
 * CSV export write exactly this.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static String write(ProjectionResult result, int first, int last, String separator) {
        StringBuilder out = new StringBuilder(64 * result.seriesCount() * (last - first + 1));
        out.append(String.join(separator, "series", "year", "value", "unit", "kind")).append('\n');
        for (int s = 0; s < result.seriesCount(); s++) {
            Series series = result.series(s);
            for (int y = first; y <= last; y++) {
                Kind kind = result.kind(s, y);
                out.append(String.join(separator, series.id(), Integer.toString(y), plain(result.value(s, y)),
                        series.unit().code(), kind == null ? "" : kind.id())).append('\n');
            }
        }
        return out.toString();
    }

    /** A number for machines: no grouping, no exponent, at most six decimals; empty for no value. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
