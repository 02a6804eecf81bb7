/**
 * The application shell: the main layout with its navigation and language switch, the translations
 * (Chinese first, English second) behind {@code getTranslation}, the shared number formats of tables and
 * cards and the one way a measure's value and change read ({@link com.perfdash.base.ui.MeasureKind}), the
 * start route, and the pages shown for an unknown address or an unexpected error.
 */
package com.perfdash.base.ui;
