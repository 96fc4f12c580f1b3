package jp.mgp.io.export;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.openxmlformats.schemas.officeDocument.x2006.docPropsVTypes.CTVector;
import org.openxmlformats.schemas.officeDocument.x2006.docPropsVTypes.STVectorBaseType;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * What an Office file says about itself, outside its slides and sheets: the core properties (title, author,
 * language, when it was made), the extended properties PowerPoint shows under File → Info (the slide format and
 * count, the slide titles), and the thumbnail a file browser shows. Left as POI's blank deck has them, a deck
 * claimed to be a 4:3 show of 0 slides made in 2006, with a blank picture.
 */
final class PptxPackage {

    static final int THUMBNAIL_WIDTH = 256;

    private PptxPackage() {
    }

    /** Title, author, language and today's date, for a deck or a workbook. */
    static void core(POIXMLProperties properties, String title, Locale locale) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date now = new Date();
        core.setTitle(title);
        core.setCreator("mgp");
        core.setLastModifiedByUser("mgp");
        core.setCreated(Optional.of(now));
        core.setModified(Optional.of(now));
        core.setRevision("1");
        core.getUnderlyingProperties().setLanguageProperty(language(locale));
        properties.getExtendedProperties().setApplication("mgp");
    }

    /** The language tag Office proofs and sets text in: "ja-JP" or "en-US". */
    static String language(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? "ja-JP" : "en-US";
    }

    /** The deck's extended properties: its slide format and count, theme and slide titles, made by mgp. */
    static void extended(XMLSlideShow ppt) {
        CTProperties app = ppt.getProperties().getExtendedProperties().getUnderlyingProperties();
        app.setApplication("mgp");
        app.setPresentationFormat(format(ppt.getPageSize()));
        List<XSLFSlide> slides = ppt.getSlides();
        app.setSlides(slides.size());
        app.setNotes(0);
        app.setHiddenSlides(0);
        // Counts mgp does not keep are left out rather than left at POI's template's zeros or version.
        if (app.isSetAppVersion()) {
            app.unsetAppVersion();
        }
        if (app.isSetWords()) {
            app.unsetWords();
        }
        if (app.isSetParagraphs()) {
            app.unsetParagraphs();
        }
        if (app.isSetTotalTime()) {
            app.unsetTotalTime();
        }
        if (app.isSetMMClips()) {
            app.unsetMMClips();
        }
        List<XSLFSlideMaster> masters = ppt.getSlideMasters();
        CTVector pairs = CTVector.Factory.newInstance();
        pairs.setBaseType(STVectorBaseType.VARIANT);
        pairs.setSize(4);
        pairs.addNewVariant().setLpstr("Theme");
        pairs.addNewVariant().setI4(masters.size());
        pairs.addNewVariant().setLpstr("Slide Titles");
        pairs.addNewVariant().setI4(slides.size());
        (app.isSetHeadingPairs() ? app.getHeadingPairs() : app.addNewHeadingPairs()).setVector(pairs);
        CTVector titles = CTVector.Factory.newInstance();
        titles.setBaseType(STVectorBaseType.LPSTR);
        for (XSLFSlideMaster master : masters) {
            titles.addLpstr(master.getTheme() == null ? "" : master.getTheme().getName());
        }
        for (XSLFSlide slide : slides) {
            titles.addLpstr(slide.getTitle() == null ? "" : slide.getTitle());
        }
        titles.setSize(titles.sizeOfLpstrArray());
        (app.isSetTitlesOfParts() ? app.getTitlesOfParts() : app.addNewTitlesOfParts()).setVector(titles);
    }

    /** PowerPoint's words for the slide size: "On-screen Show (16:9)", or "Custom" for a size it has no name for. */
    static String format(Dimension page) {
        double ratio = page.getWidth() / page.getHeight();
        if (Math.abs(ratio - 16.0 / 9) < 0.01) {
            return "On-screen Show (16:9)";
        }
        if (Math.abs(ratio - 16.0 / 10) < 0.01) {
            return "On-screen Show (16:10)";
        }
        if (Math.abs(ratio - 4.0 / 3) < 0.01) {
            return "On-screen Show (4:3)";
        }
        return "Custom";
    }

    /**
     * The first chart's lines, drawn small at the slide's proportions, as the file's thumbnail (a JPEG as PowerPoint
     * writes, or the template's own type). Drawn here without text, which would be too small to read: a rendering
     * of text depends on the fonts of the machine, and the same deck must come out byte for byte the same.
     */
    static void thumbnail(XMLSlideShow ppt, ChartContent chart) throws IOException {
        Dimension page = ppt.getPageSize();
        int h = (int) Math.round(THUMBNAIL_WIDTH * page.getHeight() / page.getWidth());
        BufferedImage small = new BufferedImage(THUMBNAIL_WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, THUMBNAIL_WIDTH, h);
        double low = 0;
        double high = 0;
        for (ChartContent.Line line : chart.lines()) {
            for (double v : line.values()) {
                low = Double.isFinite(v) ? Math.min(low, v) : low;
                high = Double.isFinite(v) ? Math.max(high, v) : high;
            }
        }
        for (ChartContent.Reference r : chart.references()) {
            low = Math.min(low, r.value());
            high = Math.max(high, r.value());
        }
        double span = high > low ? high - low : 1;
        double max = high;
        int n = chart.years().length;
        double left = 16;
        double top = 12;
        double width = THUMBNAIL_WIDTH - 32;
        double height = h - 28;
        g.setColor(jp.mgp.presentation.Theme.awt(jp.mgp.presentation.Theme.GRID));
        for (int i = 0; i <= 4; i++) {
            int y = (int) Math.round(top + height * i / 4);
            g.drawLine((int) left, y, (int) (left + width), y);
        }
        java.util.function.DoubleUnaryOperator yOf = v -> top + height * (max - v) / span;
        java.util.function.IntToDoubleFunction xOf = i -> left + (n > 1 ? width * i / (n - 1) : width / 2);
        for (ChartContent.Reference r : chart.references()) {
            g.setColor(jp.mgp.presentation.Theme.awt(jp.mgp.presentation.Theme.REFERENCE));
            g.setStroke(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                    10f, new float[] {4f, 3f}, 0f));
            g.draw(new java.awt.geom.Line2D.Double(left, yOf.applyAsDouble(r.value()), left + width,
                    yOf.applyAsDouble(r.value())));
        }
        for (ChartContent.Line line : chart.lines()) {
            g.setColor(jp.mgp.presentation.Theme.awt(line.color()));
            for (int i = 1; i < n; i++) {
                double a = line.values()[i - 1];
                double b = line.values()[i];
                if (Double.isFinite(a) && Double.isFinite(b)) {
                    g.setStroke(line.projected()[i] ? new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
                            java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f)
                            : new java.awt.BasicStroke(2f));
                    g.draw(new java.awt.geom.Line2D.Double(xOf.applyAsDouble(i - 1), yOf.applyAsDouble(a),
                            xOf.applyAsDouble(i), yOf.applyAsDouble(b)));
                }
            }
        }
        g.dispose();
        OPCPackage pkg = ppt.getPackage();
        List<PackagePart> existing = pkg.getPartsByRelationshipType(PackageRelationshipTypes.THUMBNAIL);
        boolean png = !existing.isEmpty() && existing.get(0).getContentType().equals("image/png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, png ? "png" : "jpeg", out);
        // POI's own setThumbnail and addThumbnail write through a stream they never close, which leaves the part
        // empty: the old picture and its relationship go, and the new one is written here.
        for (PackagePart old : existing) {
            pkg.removePart(old);
        }
        for (PackageRelationship r : pkg.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL)) {
            pkg.removeRelationship(r.getId());
        }
        try {
            PackagePartName name = PackagingURIHelper.createPartName(png ? "/docProps/thumbnail.png"
                    : "/docProps/thumbnail.jpeg");
            PackagePart part = pkg.createPart(name, png ? "image/png" : "image/jpeg");
            try (OutputStream o = part.getOutputStream()) {
                o.write(out.toByteArray());
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.THUMBNAIL);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the thumbnail's part name is valid", e);
        }
    }
}
