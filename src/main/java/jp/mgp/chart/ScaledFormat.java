package jp.mgp.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Axis ticks in another unit of the same dimension: multiplies by a factor, then formats for the locale. */
final class ScaledFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final double factor;
    private final NumberFormat delegate;

    ScaledFormat(double factor, Locale locale) {
        this.factor = factor;
        this.delegate = NumberFormat.getNumberInstance(locale);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return delegate.format(number * factor, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        Number n = delegate.parse(source, parsePosition);
        return n == null ? null : n.doubleValue() / factor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaledFormat s && s.factor == factor && s.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(factor) * 31 + delegate.hashCode();
    }
}
