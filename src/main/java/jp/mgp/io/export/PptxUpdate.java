package jp.mgp.io.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

import jp.mgp.chart.FanBands;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.RuleViolation;

/**
 * Brings a deck mgp made up to date with the projection while keeping what the user did to it. mgp's charts are
 * found by the names it gave their frames ({@link PptxTags}). Each is given the new chart part (data, workbook,
 * labels, axis) while its frame keeps the position and size the user gave it, and each series keeps the line and
 * marker formatting it has in the deck, matched by the series' name (without the growth the legend adds to it); the chart slide's title and text boxes take
 * the new text in their old places; the assumptions slides are replaced where they stand. The user's own slides and
 * shapes and the order of the slides are left alone. A chart new to the projection is appended on a slide of its
 * own; a chart the projection no longer has is reported, not deleted.
 *
 * <p>The new content is made by the same {@link PptxDeck} code as an export, on slides added to the deck itself (so
 * in its layouts and page size), and moved from there into mgp's old shapes: the update does not patch chart
 * caches by hand, so it follows whatever a fresh export puts in a chart.
 */
final class PptxUpdate {

    private static final String C_NS = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' ";

    /** What an update did: the chart ids updated, appended, and found in the deck but gone from the projection. */
    record Outcome(byte[] deck, List<String> updated, List<String> added, List<String> gone) {
    }

    private PptxUpdate() {
    }

    /** @param locale the language of the new text, or null for the deck's own ({@link #language}) */
    static Outcome update(Path deckFile, List<ChartSpec> specs, List<String> allChartIds, ProjectionResult result,
                          Locale locale) throws IOException {
        return update(deckFile, specs, allChartIds, result, locale, false, () -> null);
    }

    /**
     * The same, with uncertainty fans from {@code simulation} (asked for only when needed) where the deck's charts
     * already carry fans, or on every chart with {@code addFans}: a deck made with fans keeps them, recomputed.
     */
    static Outcome update(Path deckFile, List<ChartSpec> specs, List<String> allChartIds, ProjectionResult result,
                          Locale locale, boolean addFans, java.util.function.Supplier<FanBands> simulation)
            throws IOException {
        XMLSlideShow ppt = open(deckFile);
        int before = ppt.getSlides().size();
        Set<String> inDeck = new LinkedHashSet<>();
        boolean assumptionsInDeck = false;
        boolean nativeCharts = false;
        boolean fans = addFans;
        for (XSLFSlide slide : ppt.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                PptxTags.chartId(shape).ifPresent(inDeck::add);
                nativeCharts |= PptxTags.chartId(shape).isPresent() && shape instanceof XSLFGraphicFrame;
                fans |= hasFans(shape, specs);
            }
            assumptionsInDeck |= PptxTags.isAssumptions(slide);
        }
        // A deck made with its charts as pictures (for viewers without charts) is updated with pictures.
        boolean pictures = !inDeck.isEmpty() && !nativeCharts;
        if (inDeck.isEmpty() && !assumptionsInDeck) {
            throw refused("update.notMgp", deckFile);
        }
        PptxDeck.onto(ppt, locale != null ? locale : language(ppt)).addSlides(specs, result, pictures,
                fans ? simulation.get() : null);
        // Saved and read again, so that the new charts' workbooks are in the package as parts to copy.
        ppt = reopen(ppt);

        List<XSLFSlide> slides = new ArrayList<>(ppt.getSlides());
        List<XSLFSlide> surplus = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            XSLFSlide fresh = slides.get(before + i);
            String id = specs.get(i).id();
            boolean found = false;
            for (XSLFSlide old : slides.subList(0, before)) {
                List<XSLFShape> frames = PptxTags.exactly(old, PptxTags.CHART + id);
                for (XSLFShape frame : frames) {
                    if (frame instanceof XSLFGraphicFrame f && f.hasChart() && !pictures) {
                        replaceChart(f.getChart(), freshChart(fresh));
                        found = true;
                    } else if (frame instanceof XSLFPictureShape picture && pictures) {
                        // The new picture in the user's frame, scaled to it as PowerPoint scales a replaced one.
                        picture.getPictureData().setData(freshPicture(fresh).getPictureData().getData());
                        found = true;
                    }
                }
                if (!frames.isEmpty()) {
                    replaceTexts(old, fresh, id);
                }
            }
            if (found) {
                updated.add(id);
                surplus.add(fresh);
            } else {
                added.add(id);
            }
        }
        replaceAssumptions(ppt, slides.subList(0, before), slides.subList(before + specs.size(), slides.size()),
                surplus);
        for (XSLFSlide slide : surplus) {
            ppt.removeSlide(ppt.getSlides().indexOf(slide));
        }
        List<String> gone = inDeck.stream().filter(id -> !allChartIds.contains(id)).toList();
        return new Outcome(withoutUnused(ppt), updated, added, gone);
    }

    /**
     * Whether {@code shape} is one of mgp's native charts drawn with fans: areas on a chart whose series are lines
     * (a stacked chart's areas are its series).
     */
    private static boolean hasFans(XSLFShape shape, List<ChartSpec> specs) {
        String id = PptxTags.chartId(shape).orElse(null);
        boolean lines = specs.stream().anyMatch(s -> s.id().equals(id) && !s.stacked());
        return lines && shape instanceof XSLFGraphicFrame frame && frame.hasChart()
                && frame.getChart().getCTChart().getPlotArea().sizeOfAreaChartArray() > 0;
    }

    /**
     * The language the deck was made in, read from the language mgp marks on the text it made: a Japanese
     * user's English deck stays English when no language is asked for.
     */
    static Locale language(XMLSlideShow ppt) {
        for (XSLFSlide slide : ppt.getSlides()) {
            for (XSLFShape title : PptxTags.named(slide, "mgp:")) {
                if (title instanceof XSLFTextShape text) {
                    for (var paragraph : text.getTextParagraphs()) {
                        for (var run : paragraph.getTextRuns()) {
                            var props = run.getRPr(false);
                            if (props != null && props.isSetLang()) {
                                return props.getLang().startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
                            }
                        }
                    }
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The user's deck, read as carefully as a template (sizes, zip bombs, DOCTYPE), with its slides. */
    private static XMLSlideShow open(Path deckFile) throws IOException {
        try {
            if (!Files.readAttributes(deckFile, BasicFileAttributes.class).isRegularFile()) {
                throw refused("update.notFile", deckFile);
            }
        } catch (IOException e) {
            throw refused("update.missing", deckFile);
        }
        try {
            PptxTemplate.check(deckFile);
        } catch (RuleViolation e) {
            throw refused("update.notPowerPoint", deckFile);
        }
        try (InputStream in = Files.newInputStream(deckFile)) {
            return new XMLSlideShow(OPCPackage.open(in));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw refused("update.notPowerPoint", deckFile);
        }
    }

    private static XMLSlideShow reopen(XMLSlideShow ppt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ppt.write(bytes);
        ppt.close();
        try {
            return new XMLSlideShow(OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static XSLFPictureShape freshPicture(XSLFSlide fresh) {
        for (XSLFShape shape : fresh.getShapes()) {
            if (shape instanceof XSLFPictureShape p) {
                return p;
            }
        }
        throw new IllegalStateException("a chart slide without its picture");
    }

    private static XSLFChart freshChart(XSLFSlide fresh) {
        for (XSLFShape shape : fresh.getShapes()) {
            if (shape instanceof XSLFGraphicFrame f && f.hasChart()) {
                return f.getChart();
            }
        }
        throw new IllegalStateException("a chart slide without a chart");
    }

    /**
     * Gives {@code old} the fresh chart's content and workbook, keeping its own part (so the frame's link to it
     * stays) and the formatting of each series the deck and the fresh chart both name.
     */
    private static void replaceChart(XSLFChart old, XSLFChart fresh) throws IOException {
        CTChartSpace space = old.getCTChartSpace();
        // Copies: the deck's own objects are replaced by the fresh content below.
        Map<String, XmlObject[]> kept = new HashMap<>();
        for (XmlObject series : space.selectPath(C_NS + ".//c:ser")) {
            XmlObject spPr = first(series, "./c:spPr");
            XmlObject marker = first(series, "./c:marker");
            kept.put(seriesName(series), new XmlObject[] {spPr == null ? null : spPr.copy(),
                    marker == null ? null : marker.copy()});
        }
        String oldWorkbook = space.isSetExternalData() ? space.getExternalData().getId() : null;
        String freshWorkbook = fresh.getCTChartSpace().isSetExternalData()
                ? fresh.getCTChartSpace().getExternalData().getId() : null;
        space.set(fresh.getCTChartSpace().copy());
        for (XmlObject series : space.selectPath(C_NS + ".//c:ser")) {
            XmlObject[] style = kept.get(seriesName(series));
            if (style == null) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                XmlObject target = first(series, k == 0 ? "./c:spPr" : "./c:marker");
                if (style[k] != null && target != null) {
                    target.set(style[k]);
                }
            }
        }
        if (oldWorkbook != null && freshWorkbook != null) {
            space.getExternalData().setId(oldWorkbook);
            copyPart(related(fresh.getPackagePart(), freshWorkbook), related(old.getPackagePart(), oldWorkbook));
        }
    }

    private static PackagePart related(PackagePart part, String relationship) throws IOException {
        try {
            return part.getRelatedPart(part.getRelationship(relationship));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void copyPart(PackagePart source, PackagePart target) throws IOException {
        byte[] bytes;
        try (InputStream in = source.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try (OutputStream out = target.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static String seriesName(XmlObject series) {
        XmlObject[] v = series.selectPath(C_NS + "./c:tx//c:v");
        if (v.length == 0) {
            return "";
        }
        try (XmlCursor cursor = v[0].newCursor()) {
            // The legend's name without its growth, which an edited rate has changed since the deck was made.
            String name = cursor.getTextValue();
            int growth = name.indexOf(ChartPart.GROWTH_SEPARATOR);
            return growth < 0 ? name : name.substring(0, growth);
        }
    }

    private static XmlObject first(XmlObject parent, String path) {
        XmlObject[] found = parent.selectPath(C_NS + path);
        return found.length == 0 ? null : found[0];
    }

    /**
     * The chart slide's title and text boxes take the fresh text; their place and size stay the user's. A title
     * LibreOffice has renamed ("PlaceHolder 1") is found as the slide's title placeholder.
     */
    private static void replaceTexts(XSLFSlide old, XSLFSlide fresh, String id) {
        for (XSLFShape freshShape : PptxTags.exactly(fresh, PptxTags.TITLE + id)) {
            List<XSLFShape> titles = PptxTags.exactly(old, PptxTags.TITLE + id);
            for (XSLFShape oldShape : titles.isEmpty() ? titlePlaceholders(old) : titles) {
                replaceText(oldShape, freshShape);
            }
        }
        for (XSLFShape freshShape : PptxTags.named(fresh, PptxTags.TEXT + id + ":")) {
            for (XSLFShape oldShape : PptxTags.exactly(old, freshShape.getShapeName())) {
                if (oldShape.getShapeName().equals(freshShape.getShapeName())) {
                    replaceText(oldShape, freshShape);
                }
            }
        }
    }

    private static List<XSLFShape> titlePlaceholders(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape t && t.isPlaceholder()
                && (t.getTextType() == Placeholder.TITLE || t.getTextType() == Placeholder.CENTERED_TITLE)).toList();
    }

    private static void replaceText(XSLFShape old, XSLFShape fresh) {
        if (old.getXmlObject() instanceof CTShape o && o.isSetTxBody()
                && fresh.getXmlObject() instanceof CTShape f && f.isSetTxBody()) {
            o.getTxBody().set(f.getTxBody().copy());
        }
    }

    /**
     * The fresh assumptions slides take the place of the deck's old ones; with none in the deck (the user removed
     * them), none is added.
     */
    private static void replaceAssumptions(XMLSlideShow ppt, List<XSLFSlide> olds, List<XSLFSlide> freshes,
                                           List<XSLFSlide> surplus) {
        List<XSLFSlide> oldAssumptions = olds.stream().filter(PptxTags::isAssumptions).toList();
        if (oldAssumptions.isEmpty()) {
            surplus.addAll(freshes);
            return;
        }
        int at = ppt.getSlides().indexOf(oldAssumptions.get(0));
        for (int i = 0; i < freshes.size(); i++) {
            ppt.setSlideOrder(freshes.get(i), at + i);
        }
        surplus.addAll(oldAssumptions);
    }

    /** The deck's bytes without the parts only the removed slides used (their charts and workbooks). */
    private static byte[] withoutUnused(XMLSlideShow ppt) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ppt.write(first);
        ppt.close();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(first.toByteArray()))) {
            PptxTemplate.dropUnused(pkg);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static RuleViolation refused(String key, Path deck) {
        return new RuleViolation(new LocalizedText(new ProvenanceText(Locale.JAPANESE).format(key, deck.toString()),
                new ProvenanceText(Locale.ENGLISH).format(key, deck.toString())));
    }
}
