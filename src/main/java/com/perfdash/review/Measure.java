package com.perfdash.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a target (年度指标值) or actual (实际完成值) text says, as far as it can be read without
 * guessing: one quantity ("≥95%", "11.8 万件"), one date or date range ("2020 年 1 月-12 月"), or
 * something qualitative ("长期", "有所提升", a cut-off cell). {@link MeasureParser} reads them.
 */
public sealed interface Measure {

    /** The text as the report writes it. */
    String text();

    /** A comparator as written (or implied by 以上 / 以内 / 余); EQUAL where none is written. */
    enum Comparison {
        AT_LEAST("≥"), MORE_THAN(">"), AT_MOST("≤"), LESS_THAN("<"), EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * One quantity.
     *
     * @param value      the number as written, e.g. 11.8 in "11.8 万件"
     * @param unit       the unit as written without spaces, e.g. 万件; "" when none
     * @param multiplier what a multiplier prefix of the unit means, e.g. 10000 for 万
     * @param baseUnit   the unit without its multiplier (件, 元, %); percent is always "%"
     * @param halfStep   half the last written digit, in the written unit: the rounding the text allows
     */
    record Quantity(String text, Comparison comparison, BigDecimal value, String unit, BigDecimal multiplier,
                    String baseUnit, BigDecimal halfStep) implements Measure {

        /** The value in the base unit: 11.8 万件 is 118000 件. */
        public BigDecimal baseValue() {
            return value.multiply(multiplier);
        }

        /** The rounding tolerance in the base unit. */
        public BigDecimal baseHalfStep() {
            return halfStep.multiply(multiplier);
        }

        public boolean isPercent() {
            return "%".equals(baseUnit);
        }

        public boolean isMoney() {
            return "元".equals(baseUnit);
        }

        /** A money amount in 万元 (two decimals); only for {@link #isMoney()}. */
        public BigDecimal wanYuan() {
            return baseValue().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        }
    }

    /** A date or a date range, each end widened to whole months or years where the text gives no day. */
    record DateSpan(String text, Comparison comparison, LocalDate from, LocalDate to) implements Measure {
    }

    /** A text that is not one quantity or date ("长期", "有所提升", "2020 年 1"): not compared. */
    record Qualitative(String text) implements Measure {
    }
}
