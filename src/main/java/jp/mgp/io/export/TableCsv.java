package jp.mgp.io.export;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The year table as delimited text: header {@code series,year,value,unit,kind}, one row per series-year, values
 * in the series' own unit with '.' as the decimal point and at most six decimals. The CLI's {@code table} and the
 * CSV export write exactly this. With fans, each row also carries the simulation's P5, P10, P50, P90 and P95 and,
 * in the export's language, what they are a simulation of; a series nothing uncertain moves has these cells empty.
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
                        unit(series, separator), kind == null ? "" : kind.id())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The table with the fans of {@code bands}: header {@code series,year,value,unit,kind,p5,p10,p50,p90,p95,fan},
     * the last column saying in {@code text}'s language that the figures are a simulation of the file's stated
     * ranges, which are assumptions.
     */
    public static String write(ProjectionResult result, int first, int last, String separator,
                               jp.mgp.chart.FanBands bands, ProvenanceText text) {
        String basis = quoted(FanExport.basis(bands, text));
        StringBuilder out = new StringBuilder(128 * result.seriesCount() * (last - first + 1));
        out.append(String.join(separator, "series", "year", "value", "unit", "kind", "p5", "p10", "p50", "p90",
                "p95", "fan")).append('\n');
        for (int s = 0; s < result.seriesCount(); s++) {
            Series series = result.series(s);
            boolean uncertain = bands.isUncertain(series.id());
            for (int y = first; y <= last; y++) {
                Kind kind = result.kind(s, y);
                out.append(String.join(separator, series.id(), Integer.toString(y), plain(result.value(s, y)),
                        unit(series, separator), kind == null ? "" : kind.id()));
                int at = bands.fan().yearIndex(y);
                boolean any = false;
                for (int level = 0; level < jp.mgp.engine.FanResult.levels().length; level++) {
                    double v = uncertain && at >= 0 ? bands.level(series.id(), level, at) : Double.NaN;
                    any |= Double.isFinite(v);
                    out.append(separator).append(plain(v));
                }
                out.append(separator).append(any ? basis : "").append('\n');
            }
        }
        return out.toString();
    }

    /** A field in double quotes, its own quotes doubled: the note holds commas and spaces. */
    /** The series' unit code, quoted where a unit of the user's own names a thing with a comma or a quote. */
    private static String unit(Series series, String separator) {
        String code = series.unit().code();
        return code.contains(separator) || code.contains("\"") ? quoted(code) : code;
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
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
