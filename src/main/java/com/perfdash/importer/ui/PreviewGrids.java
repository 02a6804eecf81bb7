package com.perfdash.importer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The grids of the import page and its preview: compact, striped, wrapping; a long list scrolls inside its grid. */
final class PreviewGrids {

    /** Lists up to this long show whole; longer ones (a large batch, a file of many figures) scroll. */
    static final int SHOWN_WHOLE = 40;

    private PreviewGrids() {
    }

    static <T> Grid<T> grid(String className) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName(className);
        return grid;
    }

    static <T> void items(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        if (items.size() <= SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("28rem");
        }
    }
}
