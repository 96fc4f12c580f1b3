package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mgp.Fixtures;
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.cli.MgpCliTest;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * Every export {@code mgp render --lang} writes is in the language asked for, whatever the machine's language:
 * English asked on a Japanese machine, and Japanese asked on an English one (a bundle that fell back to the
 * machine's locale once put "シナリオ:" and "%/年の複利成長" into English decks).
 *
 * <p>What counts as a leak, precisely. In English output, any kana or kanji is one, except in the file's own text
 * that exists only in Japanese: a source's publisher, document, quoting deck, seed name and quoted words (cited
 * as published), and any text of the file whose English is empty (its Japanese stands in). In Japanese output,
 * a leak is any English phrase of mgp's own bundles (chart, export, presentation) that the Japanese bundle does
 * not also use, any English unit name, or the English of any text the file gives in both languages. The PDF's
 * document title is exempt: it is metadata in the PDF's single-byte encoding, so it is always the English title
 * (ExporterTest checks it); the PDF's, SVG's and PNG's visible text are outlines drawn from the same charts as the
 * ones drawn here with their text kept as text.
 */
class ExportLanguageTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();
    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreMachineLocale() {
        Locale.setDefault(machine);
    }

    static Stream<Arguments> askedOnTheOtherLanguagesMachine() {
        return Stream.of(Arguments.of(Locale.JAPAN, Locale.ENGLISH), Arguments.of(Locale.US, Locale.JAPANESE));
    }

    @ParameterizedTest(name = "{1} asked on a {0} machine")
    @MethodSource("askedOnTheOtherLanguagesMachine")
    void everyExportIsInTheLanguageAsked(Locale machineLocale, Locale asked) throws Exception {
        Locale.setDefault(machineLocale);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String scenario : new String[] {"base", "optimistic"}) {
            texts.put("pptx " + scenario, officeText(export(ExportFormat.PPTX, scenario, asked, "deck.pptx")));
            texts.put("svg " + scenario, svgText(scenario, asked));
        }
        texts.put("xlsx", officeText(export(ExportFormat.XLSX, "base", asked, "book.xlsx")));
        Path pdf = export(ExportFormat.PDF, "base", asked, "deck.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // A page per chart, then the sources and the assumptions, all as text in the language asked.
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(projection.charts().size() + 2);
            // Wrapped lines joined where a Japanese citation may be broken, so the cited words are recognised.
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            texts.put("pdf", asked == Locale.ENGLISH ? text.replaceAll("\\R", "") : text);
        }
        texts.put("chart text", drawnText(asked));

        // The outputs hold the words this test looks for, so a leak check over them means something.
        String all = String.join("\n", texts.values());
        if (asked == Locale.ENGLISH) {
            assertThat(all).contains("Scenario: Optimistic", "Source: ¥35.0 tn", "compound growth 21.6 %/yr",
                    "Assumptions (not in the sources)", "CAGR 2024–2040: 21.6 %/yr",
                    "2024–2040: +125 k people a year");
        } else {
            assertThat(all).contains("シナリオ：楽観", "出所：35.0兆円", "年率21.6%の複利成長", "仮定（出所にない）",
                    "CAGR 21.6%（2024～2040年）", "年+12.5万人（2024～2040年）");
        }
        Set<String> exempt = citedWords(projection);
        for (Map.Entry<String, String> t : texts.entrySet()) {
            String text = t.getValue();
            for (String e : exempt) {
                text = text.replace(e, "");
            }
            if (asked == Locale.ENGLISH) {
                for (String e : onlyInJapanese(projection)) {
                    text = text.replace(e, "");
                }
                Matcher m = CJK.matcher(text);
                assertThat(m.find()).as("Japanese in the English %s: …%s…", t.getKey(),
                        m.hitEnd() ? "" : around(text, m.start())).isFalse();
            } else {
                // The PDF wraps a cited English name over two lines ("Acumen Research and\nConsulting" in the
                // assumptions table): joined again, it is the cited name and exempt, not mgp's own "and".
                String joined = text.replace('\n', ' ');
                for (String e : exempt) {
                    joined = joined.replace(e, "");
                }
                for (String phrase : englishPhrases(projection)) {
                    assertThat(joined).as("English in the Japanese %s", t.getKey()).doesNotContain(phrase);
                }
            }
        }
    }

    @Test
    void theCsvTableHasNoWordsOfEitherLanguage() throws IOException {
        List<byte[]> tables = new ArrayList<>();
        for (Locale machineLocale : new Locale[] {Locale.JAPAN, Locale.US}) {
            Locale.setDefault(machineLocale);
            for (Locale asked : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
                tables.add(Files.readAllBytes(export(ExportFormat.CSV, "base", asked, "table.csv")));
            }
        }
        String csv = new String(tables.get(0), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("series,year,value,unit,kind\n").contains("labour-gap,2040,2000000,people,sourced");
        assertThat(CJK.matcher(csv).find()).isFalse();
        for (byte[] t : tables) {
            assertThat(t).isEqualTo(tables.get(0));
        }
    }

    /** Exports as {@code mgp render FILE --format F --scenario S --lang L} does. */
    private Path export(ExportFormat format, String scenario, Locale asked, String name) {
        Path out = dir.resolve(asked.getLanguage() + "-" + scenario + "-" + name);
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format",
                format.name().toLowerCase(Locale.ROOT), "--out", out.toString(), "--scenario", scenario, "--lang",
                asked.getLanguage());
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    /** The SVG files' title and summary (their only text: the rest is outlines). */
    private String svgText(String scenario, Locale asked) throws IOException {
        StringBuilder text = new StringBuilder();
        export(ExportFormat.SVG, scenario, asked, "chart.svg");
        for (ChartSpec spec : projection.charts()) {
            String svg = Files.readString(dir.resolve(asked.getLanguage() + "-" + scenario + "-chart-" + spec.id()
                    + ".svg"));
            text.append(between(svg, "<title>", "</title>")).append('\n').append(between(svg, "<desc>", "</desc>"))
                    .append('\n');
        }
        return unescape(text.toString());
    }

    /** Every string the exports' charts draw, for each scenario, drawn as text instead of outlines. */
    private String drawnText(Locale asked) {
        StringBuilder text = new StringBuilder();
        for (String scenario : new String[] {"base", "optimistic"}) {
            ProjectionResult result = new ProjectionEngine().project(projection, scenario);
            for (ChartSpec spec : projection.charts()) {
                JFreeChart chart = ProjectionCharts.create(spec, result, asked);
                SVGGraphics2D g2 = new SVGGraphics2D(1920, 1080);
                chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 1920, 1080));
                Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(g2.getSVGElement());
                while (m.find()) {
                    text.append(unescape(m.group(1))).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The text of every XML part of an Office file (and of a workbook embedded in it), with sheet names. */
    private static String officeText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        collect(Files.readAllBytes(file), text);
        return text.toString();
    }

    private static void collect(byte[] zipBytes, StringBuilder text) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().endsWith(".xlsx")) {
                    collect(bytes, text);
                } else if (e.getName().endsWith(".xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    Matcher sheet = Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"").matcher(xml);
                    while (sheet.find()) {
                        text.append(unescape(sheet.group(1))).append('\n');
                    }
                    text.append(unescape(xml.replaceAll("<[^>]*>", "\n"))).append('\n');
                }
            }
        }
    }

    /** The sources' own words, cited as published in whatever language they were written. */
    private static Set<String> citedWords(Projection p) {
        List<SourceRef> refs = new ArrayList<>();
        for (Series s : p.series()) {
            s.anchors().stream().map(Anchor::source).forEach(refs::add);
            s.segments().stream().map(g -> g.basis().source()).forEach(refs::add);
        }
        p.referenceLines().stream().map(ReferenceLine::source).forEach(refs::add);
        Set<String> words = new LinkedHashSet<>();
        for (SourceRef r : refs) {
            if (r != null) {
                Stream.of(r.quote(), r.document(), r.via(), r.publisher(), r.seed()).filter(w -> !w.isEmpty())
                        .forEach(words::add);
            }
        }
        // Longest first, so a quote is removed whole before a shorter name inside it.
        return sortLongestFirst(words);
    }

    /** Every text of the file, in both languages. */
    private static List<LocalizedText> fileTexts(Projection p) {
        List<LocalizedText> texts = new ArrayList<>(List.of(p.title(), p.description()));
        for (Series s : p.series()) {
            texts.add(s.name());
            s.anchors().forEach(a -> texts.add(a.note()));
            s.segments().stream().map(Segment::basis).forEach(b -> texts.add(b.rationale()));
        }
        p.referenceLines().forEach(r -> texts.add(r.label()));
        p.scenarios().stream().map(Scenario::name).forEach(texts::add);
        p.scenarios().stream().map(Scenario::description).forEach(texts::add);
        p.charts().stream().map(ChartSpec::title).forEach(texts::add);
        return texts;
    }

    private static Set<String> onlyInJapanese(Projection p) {
        Set<String> only = new LinkedHashSet<>();
        fileTexts(p).stream().filter(t -> t.en().isEmpty() && !t.ja().isEmpty()).forEach(t -> only.add(t.ja()));
        return sortLongestFirst(only);
    }

    /** English that has no place in a Japanese export: mgp's own English phrases, unit names and the file's. */
    private static Set<String> englishPhrases(Projection p) throws IOException {
        Set<String> phrases = new LinkedHashSet<>();
        for (String bundle : new String[] {"/jp/mgp/chart/messages", "/jp/mgp/io/export/messages",
                "/jp/mgp/presentation/messages"}) {
            Properties en = load(bundle + ".properties");
            Properties ja = load(bundle + "_ja.properties");
            String japanese = String.join("\n", ja.stringPropertyNames().stream().map(ja::getProperty).toList());
            for (String key : en.stringPropertyNames()) {
                for (String piece : PLACEHOLDER.split(en.getProperty(key).replace("''", "'"))) {
                    String phrase = piece.strip();
                    // Words of three letters or more, and the rate sign: "to" or "in" alone would match anywhere.
                    boolean word = phrase.matches(".*[A-Za-z]{3,}.*") || phrase.contains("%/");
                    if (word && !japanese.contains(phrase)) {
                        phrases.add(phrase);
                    }
                }
            }
        }
        for (Unit u : Unit.values()) {
            String en = u.label(Locale.ENGLISH);
            if (!en.equals(u.label(Locale.JAPANESE)) && en.matches(".*[A-Za-z]{3,}.*")) {
                phrases.add(en);
            }
        }
        fileTexts(p).stream().filter(t -> !t.ja().isEmpty() && !t.en().isEmpty() && !t.en().equals(t.ja()))
                .forEach(t -> phrases.add(t.en()));
        assertThat(phrases).contains("Source:", "Scenario:", "%/yr", "compound growth", "sourced", "people");
        return phrases;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportLanguageTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> sortLongestFirst(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return new LinkedHashSet<>(sorted);
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = s.indexOf(close, a);
        return a < 0 || b < 0 ? "" : s.substring(a + open.length(), b);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', '|');
    }
}
