package jp.mgp.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.mgp.io.export.ExportFormat;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import picocli.CommandLine.ITypeConverter;

/**
 * How {@code render} reads its arguments, and what it refuses before anything is drawn. Each value is read by a
 * converter into its own type (a format, a language, a size, a scale), so a bad one is refused by picocli the same
 * way whatever the format; then {@link #check} refuses what only the file or the format can tell: an id the file
 * lacks, or an option the chosen format does not use (a template on a PDF would be ignored without a word).
 */
final class RenderArguments {

    /** The largest side mgp draws a picture at, as {@code ChartRendering.png} allows. */
    static final int MAX_PIXELS = 16_000;

    private RenderArguments() {
    }

    /** {@code --format}: one of mgp's formats, in any case. */
    static final class Format implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : ExportFormat.values()) {
                if (f.extension().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw RefusedArgument.of("render.format", value);
        }
    }

    /** {@code --size}: a picture's width and height in pixels. */
    record Size(int width, int height) {
    }

    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
            if (parts.length == 2) {
                try {
                    int w = Integer.parseInt(parts[0].trim());
                    int h = Integer.parseInt(parts[1].trim());
                    if (w >= 100 && h >= 100 && w <= 8000 && h <= 8000) {
                        return new Size(w, h);
                    }
                } catch (NumberFormatException e) {
                    // refused below, in the user's words
                }
            }
            throw RefusedArgument.of("render.size", value);
        }
    }

    /** {@code --scale}: a finite number above 0, at most 10. */
    static final class Scale implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double scale = Double.parseDouble(value.trim());
                if (scale > 0 && scale <= 10) {
                    return scale;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw RefusedArgument.of("render.scale", value);
        }
    }

    /** The formats that use each option; any other format refuses it when it is given. */
    private static final List<Object[]> USED_BY = List.of(
            new Object[] {"--template", EnumSet.of(ExportFormat.PPTX)},
            new Object[] {"--pictures", EnumSet.of(ExportFormat.PPTX)},
            new Object[] {"--update", EnumSet.of(ExportFormat.PPTX)},
            new Object[] {"--scale", EnumSet.of(ExportFormat.PNG)},
            new Object[] {"--size", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)},
            new Object[] {"--chart", EnumSet.of(ExportFormat.PPTX, ExportFormat.PDF, ExportFormat.SVG,
                    ExportFormat.PNG)},
            new Object[] {"--fans", EnumSet.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.PNG, ExportFormat.SVG,
                    ExportFormat.PDF, ExportFormat.PPTX)});

    /**
     * Refuses an option given with a format that would ignore it.
     *
     * @param given whether the option of that name was on the command line
     */
    @SuppressWarnings("unchecked")
    static void checkUsed(ExportFormat format, java.util.function.Predicate<String> given) {
        for (Object[] option : USED_BY) {
            Set<ExportFormat> formats = (Set<ExportFormat>) option[1];
            if (given.test((String) option[0]) && !formats.contains(format)) {
                throw RefusedArgument.of("render.notFor", option[0], String.join(", ",
                        formats.stream().map(ExportFormat::extension).toList()), format.extension());
            }
        }
    }

    /** Refuses a scenario or chart id the file does not have, naming the ones it has. */
    static void checkIds(Projection projection, String scenario, List<String> charts) {
        if (scenario != null && projection.scenario(scenario).isEmpty()) {
            throw RefusedArgument.of("render.scenario", scenario,
                    String.join(", ", projection.scenarios().stream().map(Scenario::id).toList()));
        }
        List<String> known = projection.charts().stream().map(ChartSpec::id).toList();
        for (String chart : charts) {
            if (!known.contains(chart)) {
                throw RefusedArgument.of("render.chart", chart, String.join(", ", known));
            }
        }
    }

    /** Refuses a picture larger than mgp draws. */
    static void checkPixels(Size size, double scale) {
        long w = Math.round(size.width() * scale);
        long h = Math.round(size.height() * scale);
        if (w > MAX_PIXELS || h > MAX_PIXELS || w < 1 || h < 1) {
            throw RefusedArgument.of("render.tooLarge", size.width() + "x" + size.height(), scale, w, h,
                    MAX_PIXELS);
        }
    }

    /**
     * Refuses an output named for another format: {@code --format png --out deck.pptx} wrote pictures named
     * deck-markets.pptx, which PowerPoint then refuses to open. A name with no extension, or one mgp does not
     * write, is the user's choice.
     */
    static void checkOutName(ExportFormat format, java.nio.file.Path out) {
        java.nio.file.Path file = out == null ? null : out.getFileName();
        if (file == null) {
            return;
        }
        String name = file.toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (ExportFormat other : ExportFormat.values()) {
            if (other != format && other.extension().equalsIgnoreCase(extension)) {
                throw RefusedArgument.of("render.outExtension", out, other.extension(), format.extension());
            }
        }
    }

    /** Exactly one place to write: {@code --out}, or the deck {@code --update} names (then without a template). */
    static void checkTarget(java.nio.file.Path out, java.nio.file.Path update, java.nio.file.Path template,
                            boolean pictures) {
        if (out == null && update == null) {
            throw RefusedArgument.of("render.noOut");
        }
        if (update != null && (template != null || pictures)) {
            // The deck is its own template, and its charts are updated as charts.
            throw RefusedArgument.of("render.updateWith", template != null ? "--template" : "--pictures");
        }
    }
}
