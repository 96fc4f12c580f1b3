package jp.mgp.io.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import jp.mgp.engine.Cagr;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * The sentences exports put beside a chart: a growth rule in words, a CAGR label, a kind's name. Rates are
 * shown to one decimal of a percentage point, the precision the sources quote.
 */
public final class ProvenanceText {

    private final Locale locale;
    private final ResourceBundle strings;

    public ProvenanceText(Locale locale) {
        this.locale = locale;
        this.strings = jp.mgp.i18n.Bundles.get("jp.mgp.io.export.messages", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return strings.getString(key);
    }

    public String format(String key, Object... args) {
        return MessageFormat.format(strings.getString(key), args);
    }

    /** 0.216 → "21.6 %/yr" (en) or "21.6%/年" (ja). */
    public String rate(double fraction) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        String number = f.format(fraction * 100);
        return (number.equals("-0.0") ? "0.0" : number) + get("rate");
    }

    public String kind(Kind kind) {
        return get(switch (kind) {
            case SOURCED -> "kind.sourced";
            case DERIVED -> "kind.derived";
            case ASSUMPTION -> "kind.assumption";
        });
    }

    /** A growth rule in words, such as "compound growth 21.6 %/yr"; a target's rate is read off the result. */
    public String segment(Segment segment, Series series, ProjectionResult result) {
        if (segment instanceof Segment.Compound c) {
            return format("model.compound", rate(c.rate()));
        }
        if (segment instanceof Segment.Linear l) {
            return format("model.linear", series.unit().format(l.increment(), locale));
        }
        if (segment instanceof Segment.Logistic g) {
            return format("model.logistic", series.unit().format(g.capacity(), locale),
                    new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(locale)).format(g.steepness()),
                    Integer.toString((int) Math.round(g.midpoint())));
        }
        if (segment instanceof Segment.Target t) {
            int s = result.seriesIndex(series.id());
            double end = result.value(s, t.to());
            return format("model.target", series.unit().format(end, locale), Integer.toString(t.to()),
                    rateBetween(result, s, t.from(), t.to()));
        }
        return get("model.hold");
    }

    /** How a derived series is computed from others, with their names. */
    public String derivation(Series series, ProjectionResult result) {
        String inputs = series.derivation().inputs().stream()
                .map(id -> result.effective().series(id).map(x -> x.name().get(locale)).orElse(id))
                .collect(Collectors.joining(", "));
        return switch (series.derivation().op()) {
            case SUM -> format("derivation.sum", inputs);
            case DIFFERENCE -> format("derivation.difference", inputs);
            case RATIO -> format("derivation.ratio", inputs);
            case SCALE -> format("derivation.scale", inputs,
                    new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(locale))
                            .format(series.derivation().factor()));
        };
    }

    /**
     * The CAGR label of a series over the years it has values, from its first non-zero value to its last value;
     * empty when no constant rate joins them (a change of sign, or nothing to measure).
     */
    public String cagr(ProjectionResult result, int s) {
        return Cagr.overSeries(result, s).map(c -> format("cagr", Integer.toString(c.firstYear()),
                Integer.toString(c.lastYear()), rate(c.rate()))).orElse("");
    }

    private String rateBetween(ProjectionResult result, int s, int from, int to) {
        try {
            return rate(Cagr.between(from, result.value(s, from), to, result.value(s, to)));
        } catch (IllegalArgumentException e) {
            return "–";
        }
    }
}
