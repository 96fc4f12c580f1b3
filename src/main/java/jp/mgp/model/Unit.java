package jp.mgp.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The units mgp's series are measured in, with conversion inside a dimension and formatting for a reader.
 * Formatting happens here and nowhere else: Japanese readers see {@code 35.0兆円} and {@code 200万人},
 * English readers {@code ¥35.0 tn} and {@code 2.0 m people}.
 */
public enum Unit {
    /** 兆円: 10^12 yen. */
    JPY_TRILLION("jpy-tn", Dimension.YEN, 1e12, 1),
    /** 億円: 10^8 yen; 1 兆円 = 10,000 億円. */
    JPY_100M("jpy-100m", Dimension.YEN, 1e8, 0),
    /** 百万円: 10^6 yen. */
    JPY_MILLION("jpy-m", Dimension.YEN, 1e6, 0),
    /** Billions of US dollars. */
    USD_BILLION("usd-bn", Dimension.USD, 1e9, 1),
    /** Millions of US dollars. */
    USD_MILLION("usd-m", Dimension.USD, 1e6, 0),
    PEOPLE("people", Dimension.PEOPLE, 1, 0),
    /** 万人: 10,000 people. */
    PEOPLE_10K("people-10k", Dimension.PEOPLE, 1e4, 0),
    PERCENT("percent", Dimension.SHARE, 0.01, 1),
    EFLOPS("eflops", Dimension.COMPUTE, 1e18, 1),
    INDEX("index", Dimension.INDEX, 1, 1),
    /** 万円: 10^4 yen, for a price a unit (a robot's); 1 兆円 ÷ 1 万円 = 10^8. */
    JPY_10K("jpy-10k", Dimension.YEN, 1e4, 0),
    /** Machines counted one by one (台): robots sold in a year or in service. */
    UNITS("units", Dimension.COUNT, 1, 0),
    /** People a unit stands for (人/台): the workers whose work one robot does. */
    PEOPLE_PER_UNIT("people-per-unit", Dimension.PER_UNIT, 1, 2);

    public enum Dimension { YEN, USD, PEOPLE, SHARE, COMPUTE, INDEX, COUNT, PER_UNIT }

    private final String code;
    private final Dimension dimension;
    private final double base;
    private final int decimals;

    Unit(String code, Dimension dimension, double base, int decimals) {
        this.code = code;
        this.dimension = dimension;
        this.base = base;
        this.decimals = decimals;
    }

    /** The code used in files and in the CSV table. */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Digits after the decimal point when a value of this unit is shown. */
    public int decimals() {
        return decimals;
    }

    public static Unit fromCode(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit: " + code);
    }

    public static boolean isCode(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    public boolean convertibleTo(Unit other) {
        return dimension == other.dimension;
    }

    /** {@code value} of this unit expressed in {@code target}; same dimension only. */
    public double convert(double value, Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException("cannot convert " + code + " to " + target.code);
        }
        return value * (base / target.base);
    }

    /** The short label for an axis or a table header: 兆円 / tn yen. */
    public String label(Locale locale) {
        boolean ja = isJapanese(locale);
        switch (this) {
            case JPY_TRILLION: return ja ? "兆円" : "¥ tn";
            case JPY_100M: return ja ? "億円" : "¥ 100 m";
            case JPY_MILLION: return ja ? "百万円" : "¥ m";
            case USD_BILLION: return ja ? "10億ドル" : "US$ bn";
            case USD_MILLION: return ja ? "百万ドル" : "US$ m";
            case PEOPLE: return ja ? "人" : "people";
            case PEOPLE_10K: return ja ? "万人" : "10k people";
            case PERCENT: return "%";
            case EFLOPS: return "EFLOPS";
            case INDEX: return ja ? "指数" : "index";
            case JPY_10K: return ja ? "万円" : "¥ 10k";
            case UNITS: return ja ? "台" : "units";
            case PEOPLE_PER_UNIT: return ja ? "人/台" : "people per unit";
            default: throw new AssertionError(this);
        }
    }

    /** A value as a reader writes it, with the unit: 35.0兆円, ¥35.0 tn, 200万人, 2.0 m people. */
    public String format(double value, Locale locale) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        boolean ja = isJapanese(locale);
        switch (this) {
            case JPY_TRILLION:
                return ja ? number(value, 1, locale) + "兆円" : yen(value, locale);
            case JPY_100M:
                return ja ? number(value, 0, locale) + "億円" : yen(value / 1e4, locale);
            case JPY_MILLION:
                return ja ? number(value, 0, locale) + "百万円" : yen(value / 1e6, locale);
            case USD_BILLION:
                return ja ? number(value * 10, 0, locale) + "億ドル" : "$" + number(value, 1, locale) + " bn";
            case USD_MILLION:
                return ja ? number(value, 0, locale) + "百万ドル" : "$" + number(value, 0, locale) + " m";
            case PEOPLE:
            case PEOPLE_10K:
                // Counted in 万 (1e4) so that a huge count does not overflow to ∞ on the way.
                double man = value * (base / 1e4);
                return ja ? number(man, Math.abs(man) < 100 ? 1 : 0, locale) + "万人" : people(man, locale);
            case PERCENT:
                return number(value, 1, locale) + "%";
            case EFLOPS:
                return number(value, 1, locale) + " EFLOPS";
            case INDEX:
                return number(value, 1, locale);
            case JPY_10K:
                return ja ? number(value, 0, locale) + "万円" : yen(value / 1e8, locale);
            case UNITS:
                double units = value / 1e4;
                return ja ? number(units, Math.abs(units) < 100 ? 1 : 0, locale) + "万台" : units(units, locale);
            case PEOPLE_PER_UNIT:
                return number(value, 2, locale) + (ja ? "人/台" : " people per unit");
            default:
                throw new AssertionError(this);
        }
    }

    /** The bare number, grouped and rounded as this unit shows it (for tables and axis ticks). */
    public String formatNumber(double value, Locale locale) {
        return Double.isFinite(value) ? number(value, decimals, locale) : "–";
    }

    /** Trillions of yen as "¥35.0 tn", "¥120.0 bn", "¥5.0 m"; scaled from trillions so 1e300 tn stays finite. */
    private static String yen(double trillions, Locale locale) {
        double abs = Math.abs(trillions);
        String digits = abs >= 1 ? number(abs, 1, locale) + " tn"
                : abs >= 1e-3 ? number(abs * 1e3, 1, locale) + " bn" : number(abs * 1e6, 1, locale) + " m";
        // No "-¥0.0 m": a minus only where a digit other than 0 is shown.
        return (trillions < 0 && digits.matches(".*[1-9].*") ? "-" : "") + "¥" + digits;
    }

    /** People counted in 万 (1e4) as "2.0 m people", "125 k people", "300 people". */
    private static String people(double man, Locale locale) {
        double abs = Math.abs(man);
        if (abs >= 100) {
            return number(man / 100, 1, locale) + " m people";
        }
        if (abs >= 0.1) {
            return number(man * 10, 0, locale) + " k people";
        }
        return number(man * 1e4, 0, locale) + " people";
    }

    /** Units counted in 万 (1e4) as "3.1 m units", "125 k units", "300 units". */
    private static String units(double man, Locale locale) {
        return people(man, locale).replace(" people", " units");
    }

    private static String number(double value, int decimals, Locale locale) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        if (!Double.isFinite(value)) {
            return "–";
        }
        String s = f.format(value);
        return s.equals("-0") || s.matches("-0[.,]0+") ? s.substring(1) : s;
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
