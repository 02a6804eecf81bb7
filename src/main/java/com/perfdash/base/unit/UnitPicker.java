package com.perfdash.base.unit;

import com.perfdash.base.unit.UnitRef;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The one unit picker of every page that chooses a unit (review filter, user administration, annual
 * summary): a combo box that reads the units the user may see a page at a time, by name, searched by
 * name or code as the user types ({@link UnitDirectory#unitRefs}). A country has 100,000 units: a picker
 * holding them all cost a page seconds and 15 MB per open UI (docs/performance.md, national scale).
 */
public final class UnitPicker {

    private UnitPicker() {
    }

    /** A picker labelled {@code label}, each unit shown as "name（category）". */
    public static ComboBox<UnitRef> create(String label, UnitDirectory units) {
        ComboBox<UnitRef> box = new ComboBox<>(label);
        box.setItems(query -> units.unitRefs(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                        .stream(),
                query -> units.countUnits(query.getFilter().orElse(null)));
        box.setItemLabelGenerator(u -> u.unitName() + "（" + u.category() + "）");
        box.addClassName("unit-picker");
        return box;
    }

    /** Shows the unit {@code unitCode} in the picker; none when it is null or not a unit the user sees. */
    public static void select(ComboBox<UnitRef> box, UnitDirectory units, String unitCode) {
        box.setValue(unitCode == null ? null : units.unitRef(unitCode).orElse(null));
    }
}
