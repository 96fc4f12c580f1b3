package jp.mgp.chart;

import org.jfree.chart.annotations.AbstractXYAnnotation;

/**
 * An annotation mgp adds to a plot and later takes away, equal only to itself. JFreeChart's annotations are equal
 * when their tooltips and links are (mgp's have none), and the plot removes an annotation by equality: removing the
 * reference lines' old extent on an update took away the label layer instead, and the reference lines' labels and
 * the reported figures were no longer drawn.
 */
abstract class OwnAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    @Override
    public final boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }
}
