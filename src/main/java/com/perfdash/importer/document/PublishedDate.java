package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.SourceDocument;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a web page was published, as its date line or information block states it ("发布日期:
 * 2021.07.14", "时间:2023-12-01", "2022-04-07 15:25 来源: …", a cell 发布日期 beside a cell 2022-08-03).
 *
 * @param date   the date
 * @param source the paragraph or cell that states it
 * @param stated that paragraph's or cell's text
 */
public record PublishedDate(LocalDate date, CellRef source, String stated) {

    private static final String DATE = "((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern LABELLED = Pattern.compile("(?:发布日期|发文日期|发布时间|成文日期|日期|时间)\\s*[:：]?\\s*" + DATE);
    private static final Pattern LEADING = Pattern.compile("^\\s*" + DATE + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ONLY = Pattern.compile("^\\s*" + DATE + "\\s*$");
    private static final Pattern LABEL_CELL = Pattern.compile("^\\s*(?:发布日期|发文日期|发布时间|成文日期)\\s*[:：]?\\s*$");

    /** The first labelled date of the running text or of a table, else a paragraph that starts with a date. */
    public static Optional<PublishedDate> of(SourceDocument document) {
        for (Paragraph p : document.paragraphs()) {
            Optional<LocalDate> d = match(LABELLED, p.text());
            if (d.isPresent()) {
                return Optional.of(new PublishedDate(d.get(), p.source(), p.text()));
            }
        }
        for (Grid g : document.grids()) {
            for (GridCell c : g.cells()) {
                Optional<LocalDate> d = match(LABELLED, c.text());
                if (d.isPresent() && !c.text().contains("填报日期")) {
                    return Optional.of(new PublishedDate(d.get(), c.source(), c.text()));
                }
                if (LABEL_CELL.matcher(c.text()).matches()) {
                    String next = g.text(c.row(), c.lastColumn() + 1);
                    Optional<LocalDate> v = match(ONLY, next);
                    if (v.isPresent()) {
                        GridCell value = g.at(c.row(), c.lastColumn() + 1);
                        return Optional.of(new PublishedDate(v.get(), value.source(), next));
                    }
                }
            }
        }
        for (Paragraph p : document.paragraphs()) {
            Optional<LocalDate> d = match(LEADING, p.text());
            if (d.isPresent()) {
                return Optional.of(new PublishedDate(d.get(), p.source(), p.text()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
