package com.perfdash.compare.ui;

/** The comparison page's own styles: a static style sheet, so adding it needs no frontend build. */
final class CompareStyles {

    static final String SHEET = "context://styles/compare.css";

    private CompareStyles() {
    }
}
