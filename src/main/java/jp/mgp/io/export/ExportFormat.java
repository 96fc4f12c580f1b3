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
}
