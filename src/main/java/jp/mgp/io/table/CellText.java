package jp.mgp.io.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mgp.io.table.CellReading.Role;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Unit;

/**
 * The rules by which one cell becomes a year or a value. A cell is read whole or refused with its reason; nothing
 * is guessed. Full-width digits and signs (２０２４, ，．－) are their ASCII forms; U+2212 and the Japanese ▲ and △
 * are minus signs. Thousands may be grouped by commas ("2,000,000") or, when it cannot be a decimal point, by periods
 * ("2.000.000"); a comma that does not group thousands ("1,5") is refused as ambiguous. A unit word after the number
 * ("10.8兆円", or "1,234千台" on a series in that unit of the user's own) is dropped only when it is the series' own unit; another unit is refused, never converted. A lone dash
 * is a cell with no figure. Exponents ("1.2E+06", a rounded display) and fiscal years ("2024年度") are refused.
 */
final class CellText {

    /** The years mgp accepts for a known point, as far as a growth model's midpoint may lie. */
    static final int FIRST_YEAR = 1700;
    static final int LAST_YEAR = 2300;

    private static final Pattern HEAD_TAIL = Pattern.compile("([0-9][0-9.,]*|\\.[0-9]+)\\s*(.*)");
    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?[0-9]+");
    private static final Map<String, Unit> UNIT_WORDS = Map.ofEntries(Map.entry("兆円", Unit.JPY_TRILLION),
            Map.entry("兆", Unit.JPY_TRILLION), Map.entry("tnyen", Unit.JPY_TRILLION),
            Map.entry("¥tn", Unit.JPY_TRILLION), Map.entry("億円", Unit.JPY_100M), Map.entry("億", Unit.JPY_100M),
            Map.entry("$bn", Unit.USD_BILLION), Map.entry("usdbn", Unit.USD_BILLION),
            Map.entry("us$bn", Unit.USD_BILLION), Map.entry("10億ドル", Unit.USD_BILLION),
            Map.entry("人", Unit.PEOPLE), Map.entry("people", Unit.PEOPLE), Map.entry("万人", Unit.PEOPLE_10K),
            Map.entry("10kpeople", Unit.PEOPLE_10K), Map.entry("%", Unit.PERCENT),
            Map.entry("eflops", Unit.EFLOPS));
    /** Units people write that mgp has no scale for: named in the refusal rather than called "not a number". */
    private static final List<String> OTHER_UNITS = List.of("百万円", "千円", "万円", "円", "千人", "ドル", "$m",
            "usdm", "$", "¥", "bn", "m", "k");

    private CellText() {
    }

    /** Full-width forms as ASCII (NFKC), every minus-like dash as '-', no-break and ideographic spaces as spaces. */
    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(switch (c) {
                case '\u2212', '\u2010', '\u2011', '\ufe63' -> '-';
                case '\u00a0', '\u3000', '\u2009', '\u202f' -> ' ';
                default -> c;
            });
        }
        return b.toString().strip();
    }

    static boolean isBlank(String text) {
        return normalize(text).isEmpty();
    }

    private static boolean isDash(String t) {
        return t.matches("[-\u2013\u2014\u2015\u30fc]");
    }

    static CellReading year(int row, int column, Cell cell) {
        if (cell.refusal() != null) {
            return refused(row, column, cell, cell.refusal());
        }
        if (cell.number() != null) {
            double v = cell.number();
            if (v != Math.rint(v)) {
                return refused(row, column, cell, TableText.both("refuse.notYear", cell.text()));
            }
            return yearInRange(row, column, cell, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
        }
        String t = normalize(cell.text());
        if (t.isEmpty()) {
            return new CellReading(row, column, cell.text(), Role.EMPTY, Double.NaN, TableText.both("read.empty"));
        }
        if (t.endsWith("年度") || t.toUpperCase(Locale.ROOT).startsWith("FY")) {
            return refused(row, column, cell, TableText.both("refuse.fiscalYear", cell.text()));
        }
        String digits = t.endsWith("年") ? t.substring(0, t.length() - 1).strip() : t;
        if (digits.matches("[0-9]{1,3}(,[0-9]{3})+")) {
            return refused(row, column, cell, TableText.both("refuse.yearGrouped", cell.text()));
        }
        if (!digits.matches("[0-9]{1,6}")) {
            return refused(row, column, cell, TableText.both("refuse.notYear", cell.text()));
        }
        return yearInRange(row, column, cell, Integer.parseInt(digits));
    }

    private static CellReading yearInRange(int row, int column, Cell cell, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return refused(row, column, cell, TableText.both("refuse.yearRange", cell.text(),
                    Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR)));
        }
        return new CellReading(row, column, cell.text(), Role.YEAR, year, TableText.both("read.year",
                Integer.toString(year)));
    }

    /** Whether {@code cell} reads as a year (for finding the row or column of years). */
    static boolean isYear(Cell cell) {
        return year(0, 0, cell).role() == Role.YEAR;
    }

    static CellReading value(int row, int column, Cell cell, Unit unit) {
        if (cell.refusal() != null) {
            return refused(row, column, cell, cell.refusal());
        }
        if (cell.number() != null) {
            double v = cell.number();
            return Double.isFinite(v) ? new CellReading(row, column, cell.text(), Role.VALUE, v,
                    TableText.both("read.number")) : refused(row, column, cell,
                    TableText.both("refuse.notNumber", cell.text()));
        }
        String t = normalize(cell.text());
        if (t.isEmpty() || isDash(t)) {
            return new CellReading(row, column, cell.text(), Role.EMPTY, Double.NaN,
                    TableText.both(t.isEmpty() ? "read.empty" : "read.dash"));
        }
        List<LocalizedText> notes = new ArrayList<>();
        if (cell.text().chars().anyMatch(ch -> ch >= 0xFF01 && ch <= 0xFF5E)) {
            notes.add(TableText.both("read.fullWidth"));
        }
        if (t.startsWith("約") || t.startsWith("≈") || t.startsWith("~")) {
            notes.add(TableText.both("read.about", t.substring(0, 1)));
            t = t.substring(1).strip();
        }
        boolean negative = false;
        if (!t.isEmpty() && "-▲△+".indexOf(t.charAt(0)) >= 0) {
            char sign = t.charAt(0);
            negative = sign != '+';
            if (sign == '▲' || sign == '△') {
                notes.add(TableText.both("read.triangle", String.valueOf(sign)));
            }
            t = t.substring(1).strip();
        }
        String prefix = "";
        if (t.startsWith("$") || t.startsWith("¥")) {
            prefix = t.substring(0, 1);
            t = t.substring(1).strip();
        }
        Matcher m = HEAD_TAIL.matcher(t);
        if (!m.matches()) {
            return refused(row, column, cell, TableText.both("refuse.notNumber", cell.text()));
        }
        String tail = m.group(2).strip();
        if (EXPONENT.matcher(tail).matches()) {
            return refused(row, column, cell, TableText.both("refuse.exponent", cell.text()));
        }
        String word = (prefix + tail).replace(" ", "").toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
            Unit written = ownWord(unit, word) ? unit : UNIT_WORDS.get(word);
            LocalizedText ours = unitName(unit);
            if (written == null && !OTHER_UNITS.contains(word)) {
                return refused(row, column, cell, TableText.both("refuse.notNumber", cell.text()));
            }
            if (!unit.equals(written)) {
                return refused(row, column, cell, TableText.both("refuse.otherUnit", cell.text(), prefix + tail,
                        ours));
            }
            notes.add(TableText.both("read.unitDropped", prefix + tail));
        }
        String head = m.group(1);
        Object parsed = number(head, notes);
        if (parsed instanceof LocalizedText why) {
            return refused(row, column, cell, why);
        }
        double v = (negative ? -1 : 1) * (Double) parsed;
        if (!Double.isFinite(v)) {
            return refused(row, column, cell, TableText.both("refuse.notNumber", cell.text()));
        }
        LocalizedText how = notes.isEmpty() ? TableText.both("read.plain") : join(notes);
        return new CellReading(row, column, cell.text(), Role.VALUE, v, how);
    }

    /** Whether {@code word} (spaces dropped, lower case) names {@code unit}, a unit of the user's own: 千台, thousand units. */
    private static boolean ownWord(Unit unit, String word) {
        if (!unit.isOwn()) {
            return false;
        }
        for (Locale l : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            if (normalize(unit.label(l)).replace(" ", "").toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The unit's name in both languages, for a message. */
    static LocalizedText unitName(Unit unit) {
        return new LocalizedText(unit.label(Locale.JAPANESE), unit.label(Locale.ENGLISH));
    }

    /**
     * The digits with their separators as a number (a Double), or why they cannot be one (a LocalizedText). With
     * both separators the last is the decimal point; with commas alone they must group thousands; with periods
     * alone one is a decimal point and several must group thousands.
     */
    private static Object number(String head, List<LocalizedText> notes) {
        int commas = count(head, ',');
        int periods = count(head, '.');
        String plain;
        if (commas > 0 && periods > 0) {
            char decimal = head.lastIndexOf(',') > head.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            int at = head.lastIndexOf(decimal);
            String whole = head.substring(0, at);
            String fraction = head.substring(at + 1);
            if (count(head, decimal) != 1 || !grouped(whole, group) || !fraction.matches("[0-9]+")) {
                return TableText.both("refuse.separators", head);
            }
            plain = whole.replace(String.valueOf(group), "") + "." + fraction;
            notes.add(TableText.both(decimal == ',' ? "read.decimalComma" : "read.grouping"));
        } else if (commas > 0) {
            if (!grouped(head, ',')) {
                return TableText.both("refuse.ambiguousComma", head);
            }
            plain = head.replace(",", "");
            notes.add(TableText.both("read.grouping"));
        } else if (periods > 1) {
            if (!grouped(head, '.')) {
                return TableText.both("refuse.separators", head);
            }
            plain = head.replace(".", "");
            notes.add(TableText.both("read.groupingPeriods"));
        } else {
            plain = head;
        }
        if (!plain.matches("[0-9]*\\.?[0-9]*") || !plain.matches(".*[0-9].*")) {
            return TableText.both("refuse.separators", head);
        }
        return Double.parseDouble(plain);
    }

    private static boolean grouped(String digits, char group) {
        String g = Pattern.quote(String.valueOf(group));
        return digits.matches("[0-9]{1,3}(" + g + "[0-9]{3})+");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static LocalizedText join(List<LocalizedText> notes) {
        return new LocalizedText(String.join("、", notes.stream().map(LocalizedText::ja).toList()),
                String.join("; ", notes.stream().map(LocalizedText::en).toList()));
    }

    static CellReading refused(int row, int column, Cell cell, LocalizedText why) {
        return new CellReading(row, column, cell.text(), Role.REFUSED, Double.NaN, why);
    }
}
