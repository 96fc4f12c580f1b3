package jp.mgp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.io.export.TableCsv;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.Problem;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.presentation.Wording;

/**
 * The two-outcome contract for any bytes offered as a scenario file. Accepted: every scenario projects, every text
 * output renders without "∞", "NaN" or a minus zero, and save → reopen gives an equal projection whose bytes save
 * again unchanged. Rejected: every problem in Japanese and English on lines under 300 characters, naming a place,
 * without a Java class or library name or a stack trace. Anything else is a defect: {@link #check} throws an
 * AssertionError saying which part failed, after keeping the input under target/fuzz-failures.
 */
final class HostileFiles {

    enum Outcome { ACCEPTED, REJECTED }

    /** A minus before a shown zero: "-0", "-0.0", "-¥0.0", "−0,0" (the digits that follow are all 0). */
    private static final Pattern MINUS_ZERO = Pattern.compile("[-\u2212][¥$]?0([.,]0+)?(?![\\d.,])");
    private static final List<String> INTERNALS = List.of("java.", "Exception", "jackson", "Jackson", "Dtos",
            "Source: REDACTED", "fasterxml", "\tat ", "StreamReadConstraints");
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    /**
     * Every how many accepted inputs the slides, the workbook and the SVG charts are rendered too, in both languages
     * ({@code -Dmgp.fuzz.renderEvery=1} renders them for all; the long run's profile does): a deck takes tens of
     * milliseconds, so the ordinary run renders a sample.
     */
    private static final int RENDER_EVERY = Integer.getInteger("mgp.fuzz.renderEvery", 10);
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    /** The text a reader sees in an Office part: DrawingML runs (a:t) and spreadsheet strings (t). */
    private static final Pattern OFFICE_TEXT = Pattern.compile("<(?:a:)?t(?:\\s[^>]*)?>([^<]*)</(?:a:)?t>");
    /** The text an SVG chart carries for readers: its title, description and any text element (glyphs are paths). */
    private static final Pattern SVG_TEXT = Pattern.compile("<(title|desc|text)(?:\\s[^>]*)?>([^<]*)</\\1>");
    /** A number written into a part as a value (a chart's cache, a cell) that is no number at all. */
    private static final Pattern NO_NUMBER = Pattern.compile(">\\s*-?(?:NaN|Infinity)\\s*<");

    private final Path dir;
    private final int renderEvery;

    HostileFiles(Path dir) {
        this(dir, RENDER_EVERY);
    }

    /** @param renderEvery every how many accepted inputs the exports are rendered too (1: every one) */
    HostileFiles(Path dir, int renderEvery) {
        this.dir = dir;
        this.renderEvery = renderEvery;
    }

    Outcome check(byte[] bytes) {
        Projection projection;
        try {
            projection = ProjectionFiles.parse(bytes, "hostile.json");
        } catch (InvalidProjectionException e) {
            rejectedInWords(e, bytes);
            return Outcome.REJECTED;
        } catch (RuntimeException | Error e) {
            throw defect(bytes, "reading threw " + e);
        }
        accepted(projection, bytes);
        return Outcome.ACCEPTED;
    }

    private void rejectedInWords(InvalidProjectionException e, byte[] bytes) {
        if (e.problems().isEmpty()) {
            throw defect(bytes, "refused with no problem");
        }
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        texts.add(e.message(Locale.JAPANESE));
        texts.add(e.message(Locale.ENGLISH));
        for (Problem p : e.problems()) {
            if (!p.path().startsWith("$") || p.place().ja().isBlank() || p.place().en().isBlank()) {
                throw defect(bytes, "a problem names no place: " + p);
            }
            texts.add(p.describe(e.file(), Locale.JAPANESE));
            texts.add(p.describe(e.file(), Locale.ENGLISH));
        }
        for (String text : texts) {
            for (String line : text.split("\n")) {
                // The file's own text echoed back ("found: …") may name anything; only mgp's words are checked.
                // So may a name put in quotes as the place ("series “…”", 「…」).
                String words = line.replaceAll("\u201c[^\u201d]*\u201d", "").replaceAll("\u300c[^\u300d]*\u300d", "");
                // The longest first: taking out a found "e" first would break a longer value found in two.
                for (String found : e.problems().stream().map(Problem::found)
                        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
                    words = withoutEcho(words, found);
                }
                if (line.length() >= 300) {
                    throw defect(bytes, "a message line of " + line.length() + " characters: "
                            + line.substring(0, 120) + "…");
                }
                for (String internal : INTERNALS) {
                    if (words.contains(internal)) {
                        throw defect(bytes, "a message shows \"" + internal + "\": " + line);
                    }
                }
            }
        }
    }

    /**
     * {@code line} without the value found, whole or as a message cut it: a beginning of it followed by "…" (a long
     * place and rule leave the value less room, so "java.lang.Runtime" may show as "java.lang.…").
     */
    static String withoutEcho(String line, String found) {
        if (found.isEmpty()) {
            return line;
        }
        String words = line.replace(found, "");
        for (int at = words.indexOf('\u2026'); at >= 0; at = words.indexOf('\u2026', at + 1)) {
            int k = Math.min(at, found.length());
            while (k > 0 && !words.startsWith(found.substring(0, k), at - k)) {
                k--;
            }
            if (k > 0) {
                words = words.substring(0, at - k) + words.substring(at + 1);
                at -= k + 1;
            }
        }
        return words;
    }

    private void accepted(Projection projection, byte[] bytes) {
        try {
            ProjectionEngine engine = new ProjectionEngine();
            Path file = dir.resolve("accepted.json");
            Files.write(file, bytes);
            StringBuilder shown = new StringBuilder();
            for (Scenario scenario : projection.scenarios()) {
                ProjectionResult result = engine.project(projection, scenario.id());
                shown.append(TableCsv.write(result, result.firstYear(), result.lastYear(), ","));
                for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                    Wording words = Wording.of(locale);
                    for (int s = 0; s < result.seriesCount(); s++) {
                        shown.append(words.growth(result, s)).append('\n');
                        for (var segment : result.series(s).segments()) {
                            shown.append(words.segment(segment, result.series(s), result)).append('\n');
                        }
                    }
                    shown.append(cli(bytes, "table", file.toString(), "--scenario", scenario.id(),
                            "--format", "text", "--lang", locale.getLanguage()));
                }
                Path csv = dir.resolve("export.csv");
                cli(bytes, "render", file.toString(), "--format", "csv", "--out", csv.toString(),
                        "--scenario", scenario.id());
                shown.append(Files.readString(csv));
            }
            for (String lang : List.of("ja", "en")) {
                shown.append(cli(bytes, "sources", file.toString(), "--lang", lang));
            }
            String text = shown.toString();
            for (String garbage : List.of("\u221e", "NaN", "Infinity")) {
                if (text.contains(garbage)) {
                    throw defect(bytes, "an output shows " + garbage + ": " + around(text, text.indexOf(garbage)));
                }
            }
            var minus = MINUS_ZERO.matcher(text);
            if (minus.find()) {
                throw defect(bytes, "an output shows a minus zero: " + around(text, minus.start()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw defect(bytes, "an accepted file failed to project or render: " + e);
        }
        if (renderEvery <= 1 || ACCEPTED.getAndIncrement() % renderEvery == 0) {
            exportsShowNoGarbage(projection, bytes);
        }
        byte[] saved = ProjectionFiles.toBytes(projection);
        Projection reopened;
        try {
            reopened = ProjectionFiles.parse(saved, "saved.json");
        } catch (InvalidProjectionException e) {
            throw defect(bytes, "saved into a file mgp refuses: " + e.getMessage());
        }
        if (!reopened.equals(projection)) {
            throw defect(bytes, "save → reopen gives another projection");
        }
        if (!java.util.Arrays.equals(ProjectionFiles.toBytes(reopened), saved)) {
            throw defect(bytes, "re-saving changes the bytes");
        }
    }

    /** The deck, the workbook and the SVG charts in both languages: what they show holds no "∞", "NaN" or "-0". */
    private void exportsShowNoGarbage(Projection projection, byte[] bytes) {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            for (ExportFormat format : List.of(ExportFormat.PPTX, ExportFormat.XLSX, ExportFormat.SVG)) {
                try {
                    Path out = dir.resolve("export-" + locale.getLanguage() + "." + format.extension());
                    for (Path written : Exporter.export(projection, null, Exporter.Request.of(format, locale), out)) {
                        String text = format == ExportFormat.SVG
                                ? runs(SVG_TEXT, 2, Files.readString(written, StandardCharsets.UTF_8))
                                : officeText(Files.readAllBytes(written), bytes);
                        noGarbage(bytes, format + " (" + locale.getLanguage() + ")", text);
                    }
                } catch (jp.mgp.model.RuleViolation refused) {
                    // A file with nothing to draw (no charts) is refused in words, which is an answer, not a defect.
                    if (!projection.charts().isEmpty()) {
                        throw defect(bytes, format + " refused an accepted file with charts: " + refused);
                    }
                } catch (IOException | RuntimeException e) {
                    throw defect(bytes, "an accepted file failed to export as " + format + ": " + e);
                }
            }
        }
    }

    /** The text runs of every XML part of an Office file, the embedded workbooks' included. */
    private static String officeText(byte[] office, byte[] input) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(office))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] part = zip.readAllBytes();
                if (e.getName().endsWith(".xlsx")) {
                    text.append(officeText(part, input));
                } else if (e.getName().endsWith(".xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    Matcher value = NO_NUMBER.matcher(xml);
                    if (value.find()) {
                        throw defect(input, e.getName() + " holds " + around(xml, value.start()));
                    }
                    text.append(runs(OFFICE_TEXT, 1, xml));
                }
            }
        }
        return text.toString();
    }

    private static String runs(Pattern element, int group, String xml) {
        StringBuilder text = new StringBuilder();
        Matcher m = element.matcher(xml);
        while (m.find()) {
            text.append(m.group(group)).append('\n');
        }
        return text.toString();
    }

    private static void noGarbage(byte[] bytes, String where, String text) {
        for (String garbage : List.of("\u221e", "NaN", "Infinity")) {
            if (text.contains(garbage)) {
                throw defect(bytes, where + " shows " + garbage + ": " + around(text, text.indexOf(garbage)));
            }
        }
        Matcher minus = MINUS_ZERO.matcher(text);
        if (minus.find()) {
            throw defect(bytes, where + " shows a minus zero: " + around(text, minus.start()));
        }
    }

    private static String cli(byte[] bytes, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MgpCli.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw defect(bytes, String.join(" ", args).replaceAll("/\\S+/", "") + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40)).replace('\n', '|');
    }

    /** The failure, with the input kept as target/fuzz-failures/SHA.json to copy into the regression files. */
    static AssertionError defect(byte[] bytes, String what) {
        try {
            Files.createDirectories(FAILURES);
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
            Files.write(FAILURES.resolve(name + ".json"), bytes);
            return new AssertionError(what + " (input kept as " + FAILURES.resolve(name + ".json") + ")");
        } catch (IOException | NoSuchAlgorithmException e) {
            return new AssertionError(what + " (input not kept: " + e + ")");
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
