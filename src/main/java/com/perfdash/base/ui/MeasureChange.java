package com.perfdash.base.ui;

/**
 * A change against last year as it reads, made by {@link MeasureKind#change}: its direction, its size as
 * the kind writes it and the word of its unit. The one sign rule of the product lives here: up reads "+",
 * down "-" (the minus every negative number in a table has), and a change whose size rounds to zero reads
 * without a sign ("0.0", never "+0.0" or "-0.0"), as does an arrow card ("＝"). Grids and documents sign a
 * change ({@link #signed()}, {@link #signed(Translation)}); the overview's key-figure cards mark it with
 * an arrow ({@link #arrowed(Translation)}), the same direction by the same rule.
 */
public final class MeasureChange {

    /** No change to read (no year before, or a figure missing on either side): "—". */
    static final MeasureChange MISSING = new MeasureChange(Direction.NONE, null, null);

    /** Which way a change goes, by its size as it reads. */
    public enum Direction {
        UP("+", "▲ "), DOWN("-", "▼ "), NONE("", "＝ ");

        private final String sign;
        private final String arrow;

        Direction(String sign, String arrow) {
            this.sign = sign;
            this.arrow = arrow;
        }
    }

    private final Direction direction;
    private final String magnitude;
    private final String unitKey;

    private MeasureChange(Direction direction, String magnitude, String unitKey) {
        this.direction = direction;
        this.magnitude = magnitude;
        this.unitKey = unitKey;
    }

    /**
     * A change of sign {@code signum} whose size reads {@code magnitude} (without a sign); {@code unitKey}
     * the translation of its unit's word ("{0} 个百分点"), null where the label names the unit.
     */
    static MeasureChange of(int signum, String magnitude, String unitKey) {
        boolean roundsToZero = magnitude.chars().noneMatch(c -> c >= '1' && c <= '9');
        Direction d = roundsToZero || signum == 0 ? Direction.NONE : signum > 0 ? Direction.UP : Direction.DOWN;
        return new MeasureChange(d, magnitude, unitKey);
    }

    /** Up, down, or none (also for a change that rounds to zero, and for a missing one). */
    public Direction direction() {
        return direction;
    }

    /** True without a change to read. */
    public boolean isMissing() {
        return magnitude == null;
    }

    /** With its sign, where the header names the unit: "+12.30", "-1.5" (percentage points), "0.0"; "—" for none. */
    public String signed() {
        return isMissing() ? Formats.MISSING : direction.sign + magnitude;
    }

    /** With its sign and its unit's word, where nothing else names the unit: "-1.5 个百分点", "+2 分", "+12.30"; "—" for none. */
    public String signed(Translation text) {
        return isMissing() ? Formats.MISSING : direction.sign + withUnit(text);
    }

    /** With an arrow and its unit's word, as a key-figure card shows it: "▲ 62.9%", "▼ 0.6 个百分点", "＝ 0 分"; "—" for none. */
    public String arrowed(Translation text) {
        return isMissing() ? Formats.MISSING : direction.arrow + withUnit(text);
    }

    private String withUnit(Translation text) {
        return unitKey == null ? magnitude : text.get(unitKey, magnitude);
    }

    @Override
    public String toString() {
        return signed();
    }
}
