package jp.mgp.io.export;

/** The formats mgp writes; each knows its file extension. */
public enum ExportFormat {
    PPTX("pptx"), PDF("pdf"), SVG("svg"), PNG("png"), XLSX("xlsx"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, ignoring case. */
    public static java.util.Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether one file holds every chart (a deck, a document, a workbook or the table). */
    public boolean isSingleFile() {
        return this != PNG && this != SVG;
    }
}
