package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mgp.Fixtures;

/**
 * Every argument {@code render} refuses, each with the one line it prints and its exit code: refused the same
 * way in every format, before anything is written, in {@code --lang}'s language, naming the argument (or the path)
 * and never a library's words. The first rows were accepted silently (exit 0) before.
 */
class RenderArgumentsTest {

    private static final String FILE = Fixtures.DEFAULT.toString();
    private static final String CHARTS = "markets, digital-deficit, labour-gap, labour-gap-filled, robots-japan";

    @TempDir
    static Path dir;

    /** {arguments after FILE ("OUT" is the output in the test's folder, "DIR" the folder itself, "TEMPLATE" a file that is no deck, "HOSTILE" a zip with a DOCTYPE), message, code} */
    static Stream<Arguments> refusals() {
        return Stream.of(
                row("--format xlsx --scenario nope --out OUT.xlsx",
                        "--scenario nope: the file has no such scenario; it has base, optimistic, pessimistic"),
                row("--format xlsx --chart nope --out OUT.xlsx",
                        "--chart is for pptx, pdf, svg, png only, not for xlsx; nothing was written"),
                row("--format csv --chart nope --out OUT.csv",
                        "--chart is for pptx, pdf, svg, png only, not for csv; nothing was written"),
                row("--format csv --chart markets --out OUT.csv",
                        "--chart is for pptx, pdf, svg, png only, not for csv; nothing was written"),
                row("--format svg --scale -1 --out OUT.svg",
                        "--scale -1: give a number above 0 and at most 10, such as 2"),
                row("--format pptx --scale -1 --out OUT.pptx",
                        "--scale -1: give a number above 0 and at most 10, such as 2"),
                row("--format svg --scale 2 --out OUT.svg", "--scale is for png only, not for svg; nothing was written"),
                row("--format pdf --template TEMPLATE --out OUT.pdf",
                        "--template is for pptx only, not for pdf; nothing was written"),
                row("--format png --pictures --out OUT.png",
                        "--pictures is for pptx only, not for png; nothing was written"),
                row("--format xlsx --size 960x540 --out OUT.xlsx",
                        "--size is for pdf, svg, png only, not for xlsx; nothing was written"),
                row("--format pdf --chart markets,pie --out OUT.pdf", "--chart pie: the file has no such chart; it has "
                        + CHARTS),
                row("--format png --scenario nope --out OUT.png",
                        "--scenario nope: the file has no such scenario; it has base, optimistic, pessimistic"),
                row("--format gif --out OUT.gif", "--format gif: mgp writes pptx, pdf, svg, png, xlsx or csv"),
                row("--format pptx --lang fr --out OUT.pptx", "--lang fr: the language must be ja or en"),
                row("--format png --size 10x10 --out OUT.png",
                        "--size 10x10: give WIDTHxHEIGHT in pixels, each 100 to 8000, such as 1920x1080"),
                row("--format png --scale NaN --out OUT.png",
                        "--scale NaN: give a number above 0 and at most 10, such as 2"),
                row("--format png --size 8000x4000 --scale 4 --out OUT.png", "--size 8000x4000 at --scale 4 makes a"
                        + " picture of 32,000 × 16,000 pixels; mgp draws at most 16,000 pixels a side"),
                row("--format pdf --out DIR", "DIR is a folder, not a file; nothing was written"),
                row("--format pptx --out DIR", "DIR is a folder, not a file; nothing was written"),
                row("--format xlsx --out DIR", "DIR is a folder, not a file; nothing was written"),
                row("--format pptx --template DIR/missing.potx --out OUT.pptx",
                        "--template DIR/missing.potx: no such file, or it cannot be read"),
                row("--format pptx --template HOSTILE --out OUT.pptx", "the template HOSTILE holds a document type"
                        + " declaration (DOCTYPE) in [Content_Types].xml, which mgp does not read; save the template"
                        + " again from PowerPoint"),
                row("--format pptx --template TEMPLATE --out OUT.pptx",
                        "the template TEMPLATE is not a PowerPoint .pptx or .potx file"),
                row("--format pptx", "give --out PATH, or --update DECK to bring a deck mgp made up to date"),
                // Written as pictures named DIR/out-markets.pptx and so on before.
                row("--format png --out DIR/out.pptx", "--out DIR/out.pptx: a .pptx name for a png file; name it"
                        + " .png, or give --format pptx; nothing was written"),
                row("--format csv --out DIR/out.XLSX", "--out DIR/out.XLSX: a .xlsx name for a csv file; name it"
                        + " .csv, or give --format xlsx; nothing was written"),
                row("--format pdf --lang ja --out DIR/out.svg", "--out DIR/out.svg: pdf ファイルに .svg の名前が"
                        + "付いています。.pdf の名前にするか、--format svg を指定してください。何も書き出していません"),
                row("--format pdf --update TEMPLATE", "--update is for pptx only, not for pdf; nothing was written"),
                row("--format pptx --update DIR/missing.pptx",
                        "the deck DIR/missing.pptx does not exist or cannot be read; nothing was updated"),
                row("--format pptx --update TEMPLATE",
                        "the deck TEMPLATE is not a PowerPoint file mgp can read; nothing was updated"),
                row("--format pptx --update TEMPLATE --pictures", "--pictures cannot be used with --update: the deck"
                        + " keeps its own layout, and its charts stay charts"),
                // In Japanese, wherever --lang stands among the arguments.
                row("--format xlsx --scenario nope --lang ja --out OUT.xlsx", "--scenario nope: このファイルにそのシナリオは"
                        + "ありません。あるのは base, optimistic, pessimistic です"),
                row("--lang=ja --format pdf --template TEMPLATE --out OUT.pdf",
                        "--template は pptx 専用で、pdf には使えません。何も書き出していません"),
                row("--format svg --scale -1 --out OUT.svg --lang ja",
                        "--scale -1: 0 より大きく 10 以下の数を指定してください（例: 2）"),
                row("--format pdf --lang ja --out DIR", "DIR はフォルダーで、ファイルではありません。何も書き込んでいません"));
    }

    private static Arguments row(String arguments, String message) {
        return Arguments.of(arguments, message, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedInOneLineNamingTheArgumentAndNothingIsWritten(String arguments, String message, int code)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run-" + Integer.toHexString(arguments.hashCode())));
        Path template = Files.writeString(folder.resolve("plain.potx"), "not a deck");
        Path doctype = doctypeTemplate(folder.resolve("doctype.potx"));
        List<String> args = new ArrayList<>(List.of("render", FILE));
        for (String a : arguments.split(" ")) {
            args.add(a.replace("OUT", folder.resolve("out").toString()).replace("DIR", folder.toString())
                    .replace("HOSTILE", doctype.toString()).replace("TEMPLATE", template.toString()));
        }
        MgpCliTest.Run r = MgpCliTest.run(args.toArray(String[]::new));

        assertThat(r.code()).isEqualTo(code);
        assertThat(r.err()).isEqualTo("mgp render: " + message.replace("DIR", folder.toString())
                .replace("HOSTILE", doctype.toString()).replace("TEMPLATE", template.toString()) + "\n");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing written")
                    .containsExactlyInAnyOrder("plain.potx", "doctype.potx");
        }
    }

    @org.junit.jupiter.api.Test
    void updateRewritesTheDeckInPlaceAndSaysWhatItDid() throws IOException {
        Path deck = dir.resolve("update").resolve("deck.pptx");
        Files.createDirectories(deck.getParent());
        assertThat(MgpCliTest.run("render", FILE, "--format", "pptx", "--out", deck.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(deck);

        MgpCliTest.Run r = MgpCliTest.run("render", FILE, "--format", "pptx", "--scenario", "optimistic",
                "--update", deck.toString(), "--lang", "ja");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(deck + " を更新しました\n  最新にしたグラフ: " + CHARTS + "\n");
        assertThat(Files.readAllBytes(deck)).isNotEqualTo(before);
        try (Stream<Path> files = Files.list(deck.getParent())) {
            assertThat(files).as("replaced atomically: no temporary file left").containsExactly(deck);
        }
    }

    /** A zip whose content-types part declares an external entity, as a hostile template would. */
    private static Path doctypeTemplate(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&e;</Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
