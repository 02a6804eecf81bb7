package com.perfdash.base.download;

/** The file formats a grid downloads as. */
public enum DownloadFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    DownloadFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code name.xlsx}; the name is made safe for a file system first. */
    public String fileName(String name) {
        return FileNames.safe(name) + "." + extension;
    }
}
