package com.perfdash.base.download;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the app hands out: UTF-8 with a byte order mark (Excel and WPS then read Chinese
 * correctly), RFC 4180 quoting, CRLF line ends. Text cells go through {@link SpreadsheetText#csvCell}.
 */
public final class CsvDownload {

    /** The UTF-8 byte order mark Excel and WPS look for. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvDownload() {
    }

    /** Writes the byte order mark and returns a printer for the records; flush it when done. */
    public static CSVPrinter open(OutputStream out) throws IOException {
        out.write(BOM);
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
    }
}
