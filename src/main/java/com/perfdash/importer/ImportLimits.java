package com.perfdash.importer;

/**
 * What an import accepts at most, so that a wrong or hostile file is refused with a message instead
 * of exhausting the server.
 *
 * @param maxFileBytes     size of one uploaded file
 * @param maxRows          rows of one sheet, or data rows of one CSV file
 * @param maxEntryBytes    unpacked size of one entry of a workbook or ZIP bundle
 * @param maxZipEntries    entries of one ZIP bundle
 * @param minInflateRatio  packed / unpacked size below which an entry counts as a zip bomb
 * @param maxInflatedBytes unpacked size of all entries of one ZIP bundle together
 * @param maxStagingBytesPerUser uploaded bytes one user's previews not yet confirmed or cancelled may hold
 */
public record ImportLimits(long maxFileBytes, int maxRows, long maxEntryBytes, int maxZipEntries, double minInflateRatio,
                           long maxInflatedBytes, long maxStagingBytesPerUser) {

    public static final ImportLimits DEFAULT = new ImportLimits(20L << 20, 5_000, 32L << 20, 200, 0.01, 64L << 20, 200L << 20);

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxRows, maxEntryBytes, maxZipEntries, minInflateRatio, maxInflatedBytes, maxStagingBytesPerUser);
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxFileBytes, rows, maxEntryBytes, maxZipEntries, minInflateRatio, maxInflatedBytes, maxStagingBytesPerUser);
    }

    public ImportLimits withMaxInflatedBytes(long bytes) {
        return new ImportLimits(maxFileBytes, maxRows, maxEntryBytes, maxZipEntries, minInflateRatio, bytes, maxStagingBytesPerUser);
    }

    public ImportLimits withMaxStagingBytesPerUser(long bytes) {
        return new ImportLimits(maxFileBytes, maxRows, maxEntryBytes, maxZipEntries, minInflateRatio, maxInflatedBytes, bytes);
    }

    /** A size for messages: {@code 20 MB}, {@code 512 KB}, {@code 18 B}. */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            double mb = bytes / (double) (1L << 20);
            return (mb == Math.rint(mb) ? String.format("%.0f", mb) : String.format("%.1f", mb)) + " MB";
        }
        if (bytes >= 1L << 10) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }
}
