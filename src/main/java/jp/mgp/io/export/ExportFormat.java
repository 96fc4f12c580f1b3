package jp.mgp.io.export;

/** The formats mgp writes; each knows its file extension. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
