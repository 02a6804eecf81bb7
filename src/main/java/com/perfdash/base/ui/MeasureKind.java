package com.perfdash.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What kind of number a measure is, and so how its value and its change against last year read, the
 * same on every page, grid and document: the overview's cards, the ranking, the watch list, the
 * projects' and the indicators' changes and the Word summary all read a measure through here.
 * <ul>
 *   <li>{@link #MONEY}: 万元 with two decimals, 516.66 reads "516.66", its change "+12.30"; the label or
 *       column header names 万元, never the cell.</li>
 *   <li>{@link #RATE}: a fraction (an execution rate, a share), 0.953 reads "95.3%"; its change is a
 *       difference of fractions read in percentage points, −0.015 reads "-1.5 个百分点".</li>
 *   <li>{@link #POINTS}: points (分) up to two decimals, its change "+2 分".</li>
 *   <li>{@link #COUNT}: a number of reports, units or projects, its change "+1".</li>
 * </ul>
 * A change is the plain difference this year − last year in the measure's unit; money and counts also
 * have a relative change (a fraction, {@link #relativeChange(BigDecimal)}), rates and points do not: a
 * relative change of a rate would read like a change in percentage points and be taken for one. How a
 * change is signed is {@link MeasureChange}'s. A missing value or change (null) reads "—", never 0.
 */
public enum MeasureKind {

    /** 万元, two decimals. */
    MONEY(null, true),
    /** A fraction (0.953) read as a percent with one decimal; its change in percentage points. */
    RATE("measure.unit.percentagePoints", false),
    /** Points (分), up to two decimals. */
    POINTS("measure.unit.points", false),
    /** A whole number of reports, units or projects. */
    COUNT(null, true);

    private final String changeUnitKey;
    private final boolean relative;

    MeasureKind(String changeUnitKey, boolean relative) {
        this.changeUnitKey = changeUnitKey;
        this.relative = relative;
    }

    /** A value as a cell or card shows it, its unit left to the label: "516.66", "95.3%", "92", "1,234"; "—" for none. */
    public String value(BigDecimal value) {
        if (value == null) {
            return Formats.MISSING;
        }
        return switch (this) {
            case MONEY -> Formats.money(value);
            case RATE -> Formats.percentOfFraction(value);
            case POINTS -> Formats.points(value);
            case COUNT -> Formats.integer(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
        };
    }

    /**
     * A change (this year − last year, in this kind's unit: 万元, a fraction, points or a count) ready to be
     * read with its sign, bare where a header names the unit or with the unit's word where nothing does.
     */
    public MeasureChange change(BigDecimal change) {
        return change == null ? MeasureChange.MISSING : MeasureChange.of(change.signum(), magnitude(change.abs()), changeUnitKey);
    }

    /** True for money and counts, whose change is also read against last year's value. */
    public boolean hasRelativeChange() {
        return relative;
    }

    /**
     * A change with its unit's word and, where given, its relative change beside it, as a key-figure table
     * reads it: "+270.50（+55.2%）", "-2.9 个百分点", "+2 分", "+1（+33.3%）"; "—" without a change.
     */
    public String yearOnYear(BigDecimal change, BigDecimal relativeChange, Translation text) {
        String difference = change(change).signed(text);
        return change == null || relativeChange == null || !relative ? difference
                : text.get("measure.change.withRelative", difference, relativeChange(relativeChange).signed());
    }

    /**
     * A relative change, a fraction of last year's value (0.333333 = a third more), read as a percent with
     * one decimal: "+33.3%".
     */
    public static MeasureChange relativeChange(BigDecimal fraction) {
        return fraction == null ? MeasureChange.MISSING
                : MeasureChange.of(fraction.signum(), Formats.percentOfFraction(fraction.abs()), null);
    }

    /** The size of a change as this kind reads it, without a sign; a rate's in percentage points: 0.015 → "1.5". */
    private String magnitude(BigDecimal size) {
        return switch (this) {
            case RATE -> Formats.percent(size.movePointRight(2)).replace("%", "");
            default -> value(size);
        };
    }
}
