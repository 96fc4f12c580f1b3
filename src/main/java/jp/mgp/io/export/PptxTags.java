package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

import jp.mgp.model.ChartSpec;

/**
 * The names mgp gives the shapes it makes, so that {@link PptxUpdate} finds them again in a deck the user has
 * arranged: the chart's frame is {@code mgp:chart:<chart id>}, its slide's title {@code mgp:title:<chart id>} and
 * its other text boxes {@code mgp:text:<chart id>:<n>} in the order they were made; every shape of the closing
 * assumptions slides is {@code mgp:assumptions:<n>}.
 *
 * <p>Why the shape's name: PowerPoint and LibreOffice both keep it through saving, moving, resizing, restyling and
 * copying a slide, and users rarely rename shapes (only in the selection pane). The alternatives are weaker: alt
 * text is the user's to write for readers (and is the chart's description), and PowerPoint's shape tags
 * ({@code p:custDataLst}), which users never see, are dropped when LibreOffice saves the deck.
 */
final class PptxTags {

    static final String CHART = "mgp:chart:";
    static final String TITLE = "mgp:title:";
    static final String TEXT = "mgp:text:";
    static final String ASSUMPTIONS = "mgp:assumptions:";

    private PptxTags() {
    }

    /** Names the shapes of the slides just made: first one slide per chart of {@code specs}, then the assumptions. */
    static void tag(List<XSLFSlide> slides, List<ChartSpec> specs) {
        for (int i = 0; i < slides.size(); i++) {
            XSLFSlide slide = slides.get(i);
            if (i < specs.size()) {
                String id = specs.get(i).id();
                int text = 0;
                // From the XML: POI's list of shapes leaves out a chart frame added in the same session.
                var tree = slide.getXmlObject().getCSld().getSpTree();
                tree.getGraphicFrameList().forEach(f -> f.getNvGraphicFramePr().getCNvPr().setName(CHART + id));
                tree.getPicList().forEach(p -> p.getNvPicPr().getCNvPr().setName(CHART + id));
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFGraphicFrame || shape instanceof XSLFPictureShape) {
                        continue;
                    } else if (shape instanceof XSLFTextShape t && t.getTextType() != null && t.isPlaceholder()
                            && isTitle(t)) {
                        name(shape, TITLE + id);
                    } else {
                        name(shape, TEXT + id + ":" + text++);
                    }
                }
            } else {
                int n = 0;
                for (XSLFShape shape : slide.getShapes()) {
                    name(shape, ASSUMPTIONS + n++);
                }
            }
        }
    }

    private static boolean isTitle(XSLFTextShape t) {
        return t.getTextType() == org.apache.poi.sl.usermodel.Placeholder.TITLE
                || t.getTextType() == org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE;
    }

    /** The chart id of a shape mgp tagged as a chart, if it is one. */
    static Optional<String> chartId(XSLFShape shape) {
        String name = shape.getShapeName();
        return name != null && name.startsWith(CHART) ? Optional.of(name.substring(CHART.length())) : Optional.empty();
    }

    /** Whether {@code slide} is one of mgp's assumptions slides. */
    static boolean isAssumptions(XSLFSlide slide) {
        return slide.getShapes().stream().anyMatch(s -> s.getShapeName() != null
                && s.getShapeName().startsWith(ASSUMPTIONS));
    }

    /**
     * The shapes of {@code slide} named exactly {@code name}, in the slide's order: a chart's own shapes, which a
     * prefix would confuse with another chart's whose id begins alike ("robots" and "robots-japan").
     */
    static List<XSLFShape> exactly(XSLFSlide slide, String name) {
        List<XSLFShape> found = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (name.equals(shape.getShapeName())) {
                found.add(shape);
            }
        }
        return found;
    }

    /** The shapes of {@code slide} whose names start with {@code prefix}, in the slide's order. */
    static List<XSLFShape> named(XSLFSlide slide, String prefix) {
        List<XSLFShape> found = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape.getShapeName() != null && shape.getShapeName().startsWith(prefix)) {
                found.add(shape);
            }
        }
        return found;
    }

    static void name(XSLFShape shape, String name) {
        CTNonVisualDrawingProps props = props(shape.getXmlObject());
        if (props != null) {
            props.setName(name);
        }
    }

    private static CTNonVisualDrawingProps props(XmlObject xml) {
        if (xml instanceof CTShape s) {
            return s.getNvSpPr().getCNvPr();
        }
        if (xml instanceof CTGraphicalObjectFrame f) {
            return f.getNvGraphicFramePr().getCNvPr();
        }
        if (xml instanceof CTPicture p) {
            return p.getNvPicPr().getCNvPr();
        }
        if (xml instanceof CTConnector c) {
            return c.getNvCxnSpPr().getCNvPr();
        }
        if (xml instanceof CTGroupShape g) {
            return g.getNvGrpSpPr().getCNvPr();
        }
        return null;
    }
}
