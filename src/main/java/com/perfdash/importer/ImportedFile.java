package com.perfdash.importer;

/**
 * One uploaded file of an import, as its manifest records it.
 *
 * @param name      the name it was uploaded with
 * @param storedAs  its name under the batch's {@code originals/} (unique within the batch)
 * @param sizeBytes its size in bytes
 * @param sha256    the SHA-256 of its content, hex
 * @param format    {@code workbook}, {@code csv-bundle}, {@code csv}, or {@code unknown}
 * @param reports   how many reports (unit-years) it holds
 */
public record ImportedFile(String name, String storedAs, long sizeBytes, String sha256, String format, int reports) {
}
