package jp.mgp.presentation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jp.mgp.engine.Cagr;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.i18n.Bundles;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * The words and number formats every view and export uses for provenance and growth, in one language: a kind's
 * name, a rate ("21.6 %/yr", "年率21.6%"), a growth label in the series' own model ({@link Growth}), a growth rule
 * in words, and the unit values are shown in. Rates are given to one decimal of a percentage point, the
 * precision the sources quote.
 */
public final class Wording {

    private final Locale locale;
    private final ResourceBundle strings;

    private Wording(Locale locale) {
        this.locale = locale;
        this.strings = Bundles.get("jp.mgp.presentation.messages", locale);
    }

    public static Wording of(Locale locale) {
        return new Wording(locale);
    }

    public Locale locale() {
        return locale;
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(strings.getString(key), args);
    }

    /** A kind's name: sourced, derived, assumption (出所, 導出, 仮定). */
    public String kind(Kind kind) {
        return strings.getString(switch (kind) {
            case SOURCED -> "kind.sourced";
            case DERIVED -> "kind.derived";
            case ASSUMPTION -> "kind.assumption";
        });
    }

    /** The line that says which scenario a chart or slide shows: "Scenario: Optimistic". */
    public String scenario(String name) {
        return format("scenario", name);
    }

    /**
     * 0.216 → "21.6 %/yr" (en) or "年率21.6%" (ja, as Japanese reports write a yearly rate); never "-0.0". A rate
     * that does not exist (a CAGR from a value near 0, or one too large to be a number) is "–", never "∞ %/yr" or
     * "NaN %/yr".
     */
    public String rate(double fraction) {
        return Double.isFinite(fraction * 100) ? format("rate", percentNumber(fraction)) : "\u2013";
    }

    /**
     * 0.216 → "21.6 %" (en) or "21.6%" (ja): a rate where the words around it already say it is yearly (a CAGR
     * reads "CAGR 21.6%", not "CAGR 年率21.6%"); "–" where {@link #rate} has none.
     */
    private String percent(double fraction) {
        return Double.isFinite(fraction * 100) ? format("percent", percentNumber(fraction)) : "\u2013";
    }

    private String percentNumber(double fraction) {
        String number = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(fraction * 100);
        return number.equals("-0.0") ? "0.0" : number;
    }

    /**
     * Series {@code s}'s growth label over its shown years, in its own model: "CAGR 2024–2040: 21.6 %/yr",
     * "2024–2040: +125 k people a year", "年+12.5万人（2024～2040年）"; empty when it has fewer than two values.
     */
    public String growth(ProjectionResult result, int s) {
        return Growth.of(result, s).map(g -> growth(g, result.series(s).unit())).orElse("");
    }

    /** A growth label for {@code g} of a series in {@code unit}. */
    public String growth(Growth g, Unit unit) {
        String from = Integer.toString(g.firstYear());
        String to = Integer.toString(g.lastYear());
        return switch (g.model()) {
            case COMPOUND -> format("growth.cagr", from, to, rate(g.cagr()), percent(g.cagr()));
            case LINEAR -> format("growth.linear", from, to, signed(g.perYear(), unit));
            case LOGISTIC -> format("growth.logistic", from, to, unit.format(g.capacity(), locale));
            case HOLD -> format("growth.hold", from, to);
        };
    }

    private String signed(double change, Unit unit) {
        String abs = unit.format(Math.abs(change), locale);
        // A change that shows as 0 has no sign: "0.0万人", never "−0.0万人".
        return (!abs.matches(".*[1-9].*") ? "" : change < 0 ? "\u2212" : "+") + abs;
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
        return strings.getString("model.hold");
    }

    private String rateBetween(ProjectionResult result, int s, int from, int to) {
        try {
            return rate(Cagr.between(from, result.value(s, from), to, result.value(s, to)));
        } catch (IllegalArgumentException e) {
            return "–";
        }
    }

    /**
     * The unit a chart of {@code chartUnit} shows its values in: Japanese readers count people in 万人 (200万, not
     * 2,000,000); every other chart keeps its own unit.
     */
    public static Unit shownUnit(Unit chartUnit, Locale locale) {
        return chartUnit.dimension() == Unit.Dimension.PEOPLE && "ja".equals(locale.getLanguage())
                ? Unit.PEOPLE_10K : chartUnit;
    }
}
