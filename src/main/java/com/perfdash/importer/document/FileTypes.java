package com.perfdash.importer.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, told by its content, not its name: {@code %PDF-} starts a PDF; a ZIP holding
 * {@code word/document.xml} is Word, one holding {@code xl/workbook.xml} a workbook, another ZIP a
 * bundle; an OLE2 compound file with a {@code WordDocument} stream is an old Word document, one with a
 * {@code Workbook} stream an old workbook, one with an {@code EncryptedPackage} a password-protected
 * workbook or document; text that opens with HTML markup a web page. Only a plain text
 * file falls back on its name (a {@code .csv} is a CSV file).
 */
public final class FileTypes {

    private FileTypes() {
    }

    /**
     * {@code pdf}, {@code docx}, {@code xlsx}, {@code zip} (holding CSV files), {@code zip-other} (a ZIP
     * that is none of these: its name decides which reader explains what is wrong), {@code zip-damaged}
     * (a ZIP that cannot be read through: likewise), {@code doc},
     * {@code xls}, {@code encrypted} (a workbook or Word document protected by a password: Office keeps
     * it as an OLE2 file holding the encrypted package), {@code html}, {@code csv} or {@code unknown}.
     */
    public static String detect(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2048);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "pdf";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipKind(file);
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return oleKind(file);
        }
        if (html(head)) {
            return "html";
        }
        if (lower.endsWith(".csv")) {
            return "csv";
        }
        return "unknown";
    }

    private static String zipKind(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            boolean csv = false;
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 2000) {
                String n = e.getName();
                if (n.equals("word/document.xml")) {
                    return "docx";
                }
                if (n.equals("xl/workbook.xml")) {
                    return "xlsx";
                }
                csv |= n.toLowerCase(Locale.ROOT).endsWith(".csv");
            }
            return csv ? "zip" : "zip-other";
        } catch (IOException | IllegalArgumentException ex) {
            // a damaged ZIP (cut short, perhaps): its name decides which reader explains what is wrong
            return "zip-damaged";
        }
    }

    private static String oleKind(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return "encrypted";
            }
            if (root.hasEntry("WordDocument")) {
                return "doc";
            }
            return "xls";
        } catch (IOException | RuntimeException ex) {
            return "xls";
        }
    }

    /** Markup at the start of the text (after a BOM and white space), in any ASCII-compatible encoding. */
    private static boolean html(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            s = s.substring(3);
        }
        s = s.stripLeading();
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<meta")
                || s.startsWith("<table") || s.startsWith("<body") || s.startsWith("<!--") && s.contains("<html");
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        if (a.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
