package jp.mgp.io.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.presentation.Wording;

/**
 * The sentences exports put beside a chart (footnotes, table headings, derivations) in one language; kind names,
 * rates, growth labels and growth rules come from {@link Wording}, which the window and the charts share.
 */
public final class ProvenanceText {

    private final Locale locale;
    private final ResourceBundle strings;
    private final Wording wording;

    public ProvenanceText(Locale locale) {
        this.locale = locale;
        this.strings = jp.mgp.i18n.Bundles.get("jp.mgp.io.export.messages", locale);
        this.wording = Wording.of(locale);
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

    /** 0.216 → "21.6 %/yr" (en) or "年率21.6%" (ja). */
    public String rate(double fraction) {
        return wording.rate(fraction);
    }

    public String kind(Kind kind) {
        return wording.kind(kind);
    }

    /** A growth rule in words, such as "compound growth 21.6 %/yr"; a target's rate is read off the result. */
    public String segment(Segment segment, Series series, ProjectionResult result) {
        return wording.segment(segment, series, result);
    }

    /**
     * How a derived series is computed from others, with their names. The patterns get the names three ways: all
     * of them as a list ({0}), the first ({1}) and the rest ({2}), so that Japanese can say 「AからBとCを引いた残り」
     * and 「A÷B」 where English says "A, B, C minus the rest" and "ratio A, B".
     */
    public String derivation(Series series, ProjectionResult result) {
        java.util.List<String> names = series.derivation().inputs().stream()
                .map(id -> result.effective().series(id).map(x -> x.name().get(locale)).orElse(id)).toList();
        String all = names(names);
        String first = names.isEmpty() ? "" : names.get(0);
        String rest = names.size() < 2 ? "" : names(names.subList(1, names.size()));
        return switch (series.derivation().op()) {
            case SUM -> format("derivation.sum", all, first, rest);
            case DIFFERENCE -> format("derivation.difference", all, first, rest);
            // A ratio's factor is its conversion between units (兆円 over 万円 a unit counts 10^8 units): say it.
            case RATIO -> series.derivation().factor() == 1 ? format("derivation.ratio", all, first, rest)
                    : format("derivation.scale", format("derivation.ratio", all, first, rest),
                    factor(series.derivation().factor()));
            case SCALE -> format("derivation.scale", all, factor(series.derivation().factor()));
            case PRODUCT -> series.derivation().factor() == 1 ? format("derivation.product", all, first, rest)
                    : format("derivation.scale", format("derivation.product", all, first, rest),
                    factor(series.derivation().factor()));
            case CUMULATIVE -> format("derivation.cumulative", all, first, rest);
        };
    }

    /** Names as a list: "A, B, C" in English, 「A、BとC」 in Japanese. */
    private String names(java.util.List<String> names) {
        String list = names.isEmpty() ? "" : names.get(0);
        for (int i = 1; i < names.size(); i++) {
            list = format(i == names.size() - 1 ? "derivation.last" : "derivation.list", list, names.get(i));
        }
        return list;
    }

    /**
     * A footnote's items as one paragraph: "a; b; c" in English, each item a sentence in Japanese ("a。b。c。");
     * an item whose note ends in a full stop loses it there, so the paragraph never reads "to 2040.; Average" or
     * "のみ。; ロボット".
     */
    public String items(java.util.List<String> items) {
        String stop = get("notes.fullStop");
        return items.stream().map(i -> i.endsWith(stop) ? i.substring(0, i.length() - stop.length()) : i)
                .collect(Collectors.joining(get("notes.separator"))) + (items.isEmpty() ? "" : get("notes.end"));
    }

    /**
     * A scale factor as written: up to four decimals (an exchange rate such as 0.0067), or in powers of ten where
     * those would show only zeros (7.7E-10 must not read as "-0", nor 3E12 as thirteen digits); thousands
     * separated, so the labour chain's 10^8 reads "100,000,000", not nine digits to count.
     */
    private String factor(double f) {
        double size = Math.abs(f);
        String pattern = f == 0 || (size >= 1e-4 && size < 1e9) ? "#,##0.####" : "0.###E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(f);
    }

    /**
     * The growth label of series {@code s} in its own model over its shown years ({@link Wording#growth}); empty
     * when it has fewer than two values.
     */
    public String growth(ProjectionResult result, int s) {
        return wording.growth(result, s);
    }
}
