package com.perfdash.importer.ui;

import static com.perfdash.importer.ui.PreviewGrids.grid;
import static com.perfdash.importer.ui.PreviewGrids.items;

import com.perfdash.base.ui.Formats;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.FigureCheck;
import com.perfdash.importer.ReadFigure;
import com.perfdash.importer.ReadFile;
import com.perfdash.importer.recognize.Recognition;
import com.perfdash.importer.recognize.SynonymTable;
import com.perfdash.ingest.ColumnType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What the import recognized in one file, beside the source, for the clerk to compare before importing: every
 * figure with the sheet and cell (table and row, paragraph, page) it was read from, the figures read with
 * low confidence marked 待核对, the header synonyms and the points scheme applied, and the cells left unread.
 * A clerk may correct a figure as read; the preview is then made again with the correction.
 */
final class RecognizedPanel extends Details {

    /** How many unread cells are listed; the others are counted. */
    static final int UNREAD_SHOWN = 200;

    private final ReadFile read;
    private final Locale locale;
    private final BiConsumer<ReadFigure, String> onCorrect;

    /**
     * @param onCorrect called with a figure and the value the clerk entered (already accepted by
     *                  {@link ReadFigure#accepts}; "" = states none); null when the preview cannot be corrected
     */
    RecognizedPanel(ReadFile read, boolean ready, Locale locale, BiConsumer<ReadFigure, String> onCorrect) {
        this.read = read;
        this.locale = locale;
        this.onCorrect = onCorrect;
        addClassName("recognized-file");
        Span summary = new Span(getTranslation("import.read.summary", read.file(), read.figures().size(), read.toConfirm(),
                read.unread().size()));
        summary.addClassName("recognized-summary");
        setSummary(summary);
        // a file whose figures wait for the clerk, or that the clerk corrected, opens by itself; a file left
        // out shows why above. The figures are laid out when the panel is first opened: a batch of a hundred
        // files builds a hundred summaries, not ten thousand grid rows
        setOpened(ready && (read.toConfirm() > 0 || read.corrected() > 0));
        if (isOpened()) {
            add(content());
        } else {
            addOpenedChangeListener(e -> {
                if (e.isOpened() && getContent().findAny().isEmpty()) {
                    add(content());
                }
            });
        }
    }

    /** What the panel shows when opened: the layout, schemes, figures, synonyms and unread cells. */
    private Div content() {
        Div content = new Div();
        content.addClassName("recognized-content");
        content.add(paragraph("recognized-layout", getTranslation("import.read.layout." + read.layout())));
        if (!read.schemes().isEmpty()) {
            content.add(paragraph("recognized-schemes", getTranslation("import.read.schemes",
                    String.join("；", read.schemes().stream().map(this::scheme).toList()))));
        }
        if (read.toConfirm() > 0) {
            content.add(paragraph("recognized-confirm", getTranslation("import.read.toConfirm", read.toConfirm())));
        }
        content.add(figures());
        List<Recognition.Synonym> other = read.synonyms().stream()
                .filter(s -> !SynonymTable.standard().name(s.field()).equals(com.perfdash.importer.WorkbookLayout.normalize(s.printed())))
                .toList();
        if (!other.isEmpty()) {
            content.add(paragraph("recognized-heading", getTranslation("import.read.synonyms.heading", other.size())), synonyms(other));
        }
        if (!read.unread().isEmpty()) {
            content.add(paragraph("recognized-heading", getTranslation("import.read.unread.heading", read.unread().size())), unread());
            if (read.unread().size() > UNREAD_SHOWN) {
                content.add(paragraph("recognized-more", getTranslation("import.read.unread.more", read.unread().size() - UNREAD_SHOWN)));
            }
        } else if ("printed".equals(read.layout())) {
            content.add(paragraph("recognized-heading", getTranslation("import.read.unread.none")));
        }
        return content;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private String scheme(Recognition.Scheme s) {
        String table = s.tableNo() == 0 ? getTranslation("import.read.table.unit") : getTranslation("import.read.table.project", s.tableNo());
        String report = name(s.unitCode()) + " " + s.fiscalYear() + " · " + table;
        return s.scheme() == null ? getTranslation("import.read.scheme.none", report)
                : getTranslation("import.read.scheme.declared", report, s.scheme());
    }

    private String name(String unitCode) {
        return read.unitNames().getOrDefault(unitCode, unitCode);
    }

    private Grid<ReadFigure> figures() {
        Grid<ReadFigure> grid = grid("recognized-figures");
        grid.addColumn(f -> name(f.unitCode()) + " " + f.fiscalYear()).setKey("report")
                .setHeader(getTranslation("import.read.col.report")).setFlexGrow(2);
        grid.addColumn(f -> f.label(locale)).setKey("figure").setHeader(getTranslation("import.read.col.figure")).setFlexGrow(4);
        grid.addColumn(f -> value(f.type(), f.value())).setKey("value").setHeader(getTranslation("import.read.col.value"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(f -> place(f.where())).setKey("source").setHeader(getTranslation("import.read.col.source")).setFlexGrow(4);
        grid.addColumn(this::state).setKey("state").setHeader(getTranslation("import.read.col.state")).setFlexGrow(3);
        if (onCorrect != null) {
            grid.addComponentColumn(this::correctButton).setKey("correct").setHeader(getTranslation("import.read.col.correct"))
                    .setFlexGrow(0).setWidth("6rem");
        }
        grid.setPartNameGenerator(f -> f.check() != null ? "corrected" : f.doubtful() ? "doubtful" : null);
        items(grid, read.figures());
        return grid;
    }

    /** A figure's value with its unit, exactly as read (89.974 万元, 4.5 分, 99%); "未填" when the source states none. */
    private String value(ColumnType type, String v) {
        if (v == null) {
            return getTranslation("import.read.notStated");
        }
        return switch (type) {
            case MONEY -> getTranslation("import.read.money", Formats.exact(new BigDecimal(v)));
            case POINTS -> getTranslation("import.read.points", Formats.points(new BigDecimal(v)));
            case PERCENT -> getTranslation("import.read.percent", Formats.points(new BigDecimal(v)));
            default -> v;
        };
    }

    private String place(CellRef where) {
        String place = where.place(locale);
        return place.isEmpty() ? Formats.MISSING : place;
    }

    private String state(ReadFigure f) {
        FigureCheck c = f.check();
        if (c != null) {
            return getTranslation("import.read.state.corrected", value(f.type(), c.readValue()), c.by(), Formats.dateTime(c.at()));
        }
        return f.doubtful() ? getTranslation("import.read.state.doubtful") : getTranslation("import.read.state.read");
    }

    private Component correctButton(ReadFigure f) {
        Button b = new Button(getTranslation("import.read.correct"), e -> openCorrection(f));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, f.doubtful() && f.check() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        b.addClassName("correct-figure");
        return b;
    }

    /** The correction form of one figure: what was read and where, and the value to put in. */
    void openCorrection(ReadFigure f) {
        Dialog dialog = new Dialog();
        dialog.addClassName("correct-figure-dialog");
        dialog.setHeaderTitle(getTranslation("import.read.dialog.title"));
        TextField value = new TextField(getTranslation("import.read.dialog.value." + f.type().name()));
        value.addClassName("correct-figure-value");
        value.setValue(f.value() == null ? "" : f.value());
        value.setWidthFull();
        value.setHelperText(getTranslation("import.read.dialog.help"));
        Div body = new Div(paragraph("correct-figure-what", f.label(locale) + " — " + name(f.unitCode()) + " " + f.fiscalYear()),
                paragraph("correct-figure-where", getTranslation("import.read.dialog.where", read.file(), place(f.where()))),
                paragraph("correct-figure-read", getTranslation("import.read.dialog.read", value(f.type(), f.readValue()))), value);
        body.addClassName("correct-figure-body");
        dialog.add(body);
        Button save = new Button(getTranslation("import.read.dialog.save"), e -> {
            String v = value.getValue() == null ? "" : value.getValue().strip();
            if (!v.isEmpty() && !f.accepts(v)) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("import.read.dialog.invalid." + f.type().name(), v));
                return;
            }
            dialog.close();
            onCorrect.accept(f, v);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("correct-figure-save");
        Button cancel = new Button(getTranslation("import.read.dialog.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private Grid<Recognition.Synonym> synonyms(List<Recognition.Synonym> synonyms) {
        Grid<Recognition.Synonym> grid = grid("recognized-synonyms");
        grid.addColumn(Recognition.Synonym::printed).setHeader(getTranslation("import.read.col.printed")).setFlexGrow(3);
        grid.addColumn(s -> SynonymTable.standard().name(s.field())).setHeader(getTranslation("import.read.col.readAs")).setFlexGrow(3);
        grid.addColumn(s -> place(s.where())).setHeader(getTranslation("import.read.col.source")).setFlexGrow(4);
        items(grid, synonyms);
        return grid;
    }

    private Grid<Recognition.Unread> unread() {
        Grid<Recognition.Unread> grid = grid("recognized-unread");
        grid.addColumn(u -> place(u.where())).setHeader(getTranslation("import.read.col.source")).setFlexGrow(3);
        grid.addColumn(u -> u.text().length() > 80 ? u.text().substring(0, 80) + "…" : u.text())
                .setHeader(getTranslation("import.read.col.text")).setFlexGrow(6);
        items(grid, read.unread().subList(0, Math.min(UNREAD_SHOWN, read.unread().size())));
        return grid;
    }
}
