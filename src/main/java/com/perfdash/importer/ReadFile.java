package com.perfdash.importer;

import com.perfdash.importer.recognize.Recognition;
import java.util.List;

/**
 * What the import recognized in one uploaded document or workbook, for the preview: every figure beside its
 * source, the header synonyms and the scoring scheme applied, and the cells with content it left unread.
 *
 * @param file     the uploaded file's name
 * @param layout   {@code template} (our own workbook) or {@code printed} (a 自评表 as units print it)
 * @param unitNames the name of each unit the file states, by unit code
 * @param figures  the figures of every report the file holds, in file order
 * @param synonyms the headers and labels read through the synonym table
 * @param schemes  the points scheme of each table
 * @param unread   the cells with content left unread
 */
public record ReadFile(String file, String layout, java.util.Map<String, String> unitNames, List<ReadFigure> figures,
                       List<Recognition.Synonym> synonyms, List<Recognition.Scheme> schemes, List<Recognition.Unread> unread) {

    public ReadFile {
        unitNames = java.util.Map.copyOf(unitNames);
        figures = List.copyOf(figures);
        synonyms = List.copyOf(synonyms);
        schemes = List.copyOf(schemes);
        unread = List.copyOf(unread);
    }

    /** The figures read with low confidence that no clerk has corrected yet. */
    public long toConfirm() {
        return figures.stream().filter(f -> f.doubtful() && f.check() == null).count();
    }

    /** The figures a clerk corrected in the preview. */
    public long corrected() {
        return figures.stream().filter(f -> f.check() != null).count();
    }

    public ReadFigure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
