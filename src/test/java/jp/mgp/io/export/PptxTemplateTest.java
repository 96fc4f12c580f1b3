package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;

/** A template is the user's file: mgp's own decks work as one, and a hostile one is refused in one line. */
class PptxTemplateTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    private Path deck(String name, Path template) throws IOException {
        Path out = dir.resolve(name);
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withTemplate(template, false), out);
        return out;
    }

    private static int charts(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow ppt = new XMLSlideShow(in)) {
            return ppt.getCharts().size();
        }
    }

    @Test
    void mgpsOwnDeckWorksAsATemplateAgainAndAgain() throws Exception {
        Path first = deck("first.pptx", null);
        Path second = deck("second.pptx", first);
        Path third = deck("third.pptx", second);
        // The second and third are laid out alike (on mgp's deck as the template, whose master keeps the footer's
        // room: its assumptions table may take a slide more than the first's), so they must be the same deck.
        try (InputStream b = Files.newInputStream(second); XMLSlideShow two = new XMLSlideShow(b);
             InputStream c = Files.newInputStream(third); XMLSlideShow three = new XMLSlideShow(c)) {
            assertThat(three.getSlides()).hasSameSizeAs(two.getSlides());
            assertThat(three.getSlides().stream().map(XSLFSlide::getTitle))
                    .containsExactlyElementsOf(two.getSlides().stream().map(XSLFSlide::getTitle).toList());
        }
        // The template's old slides leave nothing behind: the same five charts, workbooks and parts.
        assertThat(charts(third)).isEqualTo(5).isEqualTo(charts(first)).isEqualTo(charts(second));
        Map<String, String> secondParts = jp.mgp.ZipParts.of(second);
        assertThat(jp.mgp.ZipParts.of(third).keySet()).isEqualTo(secondParts.keySet());
    }

    /** {@code source} with one part replaced (or added). */
    private Path withPart(Path source, String name, byte[] content, String out) throws IOException {
        Path target = dir.resolve(out);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean replaced = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zip.write(content);
                    replaced = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return target;
    }

    private static final String DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n";

    @Test
    void aDoctypeInTheCorePropertiesIsRefusedInOneLineNamingTheTemplate() throws Exception {
        Path base = deck("base.pptx", null);
        Path bad = withPart(base, "docProps/core.xml", (DOCTYPE + "<cp:coreProperties xmlns:cp=\"http://schemas"
                + ".openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements"
                + "/1.1/\"><dc:title>&secret;</dc:title></cp:coreProperties>").getBytes(StandardCharsets.UTF_8),
                "core-doctype.pptx");
        assertRefused(bad, "the template " + bad + " holds a document type declaration (DOCTYPE) in"
                + " docProps/core.xml, which mgp does not read; save the template again from PowerPoint");
    }

    @Test
    void aDoctypeInTheAppPropertiesIsRefusedInOneLineNamingTheTemplate() throws Exception {
        Path base = deck("base.pptx", null);
        Path bad = withPart(base, "docProps/app.xml", (DOCTYPE + "<Properties xmlns=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/extended-properties\"><Company>&secret;</Company></Properties>")
                .getBytes(StandardCharsets.UTF_8), "app-doctype.pptx");
        assertRefused(bad, "the template " + bad + " holds a document type declaration (DOCTYPE) in"
                + " docProps/app.xml, which mgp does not read; save the template again from PowerPoint");
    }

    @Test
    void aPartThatExpandsLikeAZipBombIsRefusedInOneLine() throws Exception {
        Path base = deck("base.pptx", null);
        // 8 MB of zeros pack into a few kilobytes: a ratio no real picture or slide has.
        Path bad = withPart(base, "ppt/media/image99.png", new byte[8 << 20], "bomb.pptx");
        assertRefused(bad, "the template " + bad + " expands far more than a PowerPoint file does"
                + " (ppt/media/image99.png); it may be a zip bomb and was not read");
    }

    @Test
    void aPartLargerThanTheLimitIsRefusedInOneLine() throws Exception {
        Path base = deck("base.pptx", null);
        // Incompressible-looking text is not a bomb, only too large: counted as it is read, not as the zip claims.
        byte[] big = new byte[PptxTemplate.MAX_PART_BYTES + 1];
        new java.util.Random(7).nextBytes(big);
        Path bad = withPart(base, "ppt/media/image98.bin", big, "large.pptx");
        assertRefused(bad, "the template " + bad + " has a part larger than " + (PptxTemplate.MAX_PART_BYTES >> 20)
                + " MB (ppt/media/image98.bin); mgp reads templates up to that size");
    }

    @Test
    void aFileThatIsNoPresentationIsRefusedInOneLine() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.pptx"), "just text");
        assertRefused(notZip, "the template " + notZip + " is not a PowerPoint .pptx or .potx file");
    }

    @Test
    void aFolderOrAPipeAsTemplateIsRefusedInOneLineWithoutWaiting() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.potx"));
        assertRefused(folder, "the template " + folder + " is not a file but a folder, a device or a pipe");
        Path fifo = dir.resolve("pipe.potx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");
        // Opening a pipe with no writer would block for ever: the refusal must come first.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                assertRefused(fifo, "the template " + fifo + " is not a file but a folder, a device or a pipe"));
    }

    private void assertRefused(Path template, String english) {
        Path out = dir.resolve("out.pptx");
        assertThatThrownBy(() -> Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX,
                Locale.ENGLISH).withTemplate(template, false), out)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo(english).doesNotContain("\n");
                    assertThat(v.message(Locale.JAPANESE)).contains(template.toString()).doesNotContain("\n")
                            .isNotEqualTo(english);
                });
        assertThat(out).doesNotExist();
    }
}
