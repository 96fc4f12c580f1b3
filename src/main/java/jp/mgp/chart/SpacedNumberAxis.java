package jp.mgp.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose ticks stand apart by a few label heights, not by the one label height JFreeChart allows:
 * packed as tightly as the labels permit, the labour gap had 43 value ticks, a wall of digits no reader uses.
 */
final class SpacedNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** Least distance between ticks, in tick-label heights: vertical ticks 2.5 lines apart. */
    static final double VERTICAL_SPACING = 2.5;
    /** Least gap between two year labels, in tick-label heights. */
    static final double HORIZONTAL_GAP = 0.8;

    SpacedNumberAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        boolean across = RectangleEdge.isTopOrBottom(edge);
        double length = across ? dataArea.getWidth() : dataArea.getHeight();
        java.awt.FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double lineHeight = metrics.getHeight();
        // Across: the widest label (the range's ends) and a gap of a line height; up: a few line heights.
        String widest = getTickUnit().valueToString(getRange().getUpperBound());
        String lowest = getTickUnit().valueToString(getRange().getLowerBound());
        double least = across
                ? Math.max(metrics.stringWidth(widest), metrics.stringWidth(lowest)) + lineHeight * HORIZONTAL_GAP
                : lineHeight * VERTICAL_SPACING;
        TickUnitSource units = getStandardTickUnits();
        TickUnit unit = getTickUnit();
        double span = getRange().getLength();
        while (length > 0 && span / unit.getSize() * least > length) {
            TickUnit larger = units.getLargerTickUnit(unit);
            if (larger.getSize() <= unit.getSize()) {
                break;
            }
            unit = larger;
        }
        if (unit != getTickUnit() && unit instanceof NumberTickUnit number) {
            setTickUnit(number, false, false);
        }
    }
}
