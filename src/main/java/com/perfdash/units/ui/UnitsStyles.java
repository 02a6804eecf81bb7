package com.perfdash.units.ui;

/** Where the drill-down pages' own styles live: a static style sheet, so adding it needs no frontend build. */
final class UnitsStyles {

    static final String SHEET = "context://styles/units.css";

    private UnitsStyles() {
    }
}
