package com.perfdash.base.download;

/**
 * Text that goes into a downloaded spreadsheet file stays text. Excel, WPS and LibreOffice take a cell
 * that starts with {@code = + - @} (or their full-width forms {@code ＝ ＋ － ＠}, which Chinese input
 * methods type) for a formula, also after leading spaces, tabs or line breaks; a unit name or an indicator
 * text from a report must never run as one ({@code =HYPERLINK(...)}, {@code -2+3+cmd|...}).
 * <ul>
 * <li>CSV: such a cell gets a leading apostrophe ({@link #csvCell}), as OWASP recommends; the apostrophe
 *     shows, the formula does not run.</li>
 * <li>XLSX: every text is a string cell, never a formula; such a cell is also marked quote-prefixed
 *     (what Excel does for text typed with a leading '), so that editing it keeps it text.</li>
 * </ul>
 * Numbers are not text: a money column holds the number itself (BigDecimal), written as {@code -3.50} in
 * CSV and as a numeric cell in XLSX, so that a real negative amount stays a number a spreadsheet adds up.
 */
public final class SpreadsheetText {

    /** What starts a formula: = + - @ and their full-width forms. */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    /** What a spreadsheet may skip before it: spaces (also ideographic and no-break), tabs, line breaks. */
    private static final String BLANKS = " \t\r\n\u3000\u00A0";
    /** A cell starting with one of these is taken for a formula's start in any case (OWASP). */
    private static final String CONTROL_STARTS = "\t\r\n";

    private SpreadsheetText() {
    }

    /** True when a spreadsheet would, or might, read {@code s} as a formula. */
    public static boolean readAsFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (CONTROL_STARTS.indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        int i = 0;
        while (i < s.length() && BLANKS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && FORMULA_STARTS.indexOf(s.charAt(i)) >= 0;
    }

    /** {@code s} as a CSV cell a spreadsheet shows as text. */
    public static String csvCell(String s) {
        return readAsFormula(s) ? "'" + s : s;
    }
}
