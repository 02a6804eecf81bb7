package com.perfdash.ingest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number arithmetic and spelling shared by the generator: money (万元), points and percents. */
final class Amounts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Amounts() {}

    /** 万元 as the data format writes it: always two decimals, plain ({@code 516.66}, {@code 9.00}). */
    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points and percents as a report writes them: at most two decimals, no trailing zeros ({@code 9.6}, {@code 10}). */
    static String points(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    static BigDecimal scale2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return scale2(total);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** 执行率 in percent, {@code executed / budget × 100}, to {@code decimals} places (0 or 2). */
    static BigDecimal ratePct(BigDecimal executed, BigDecimal budget, int decimals) {
        if (budget.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return executed.multiply(HUNDRED).divide(budget, decimals, RoundingMode.HALF_UP);
    }

    /** 得分 = 分值 × 执行率, capped at the weight, two decimals. */
    static BigDecimal fundsScore(BigDecimal weight, BigDecimal ratePct) {
        BigDecimal score = weight.multiply(ratePct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return score.compareTo(weight) > 0 ? scale2(weight) : score;
    }

    /** 等级 by the bands 90–100 优, 80–&lt;90 良, 60–&lt;80 中, &lt;60 差. */
    static String grade(BigDecimal totalScore) {
        if (totalScore.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (totalScore.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        if (totalScore.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return "中";
        }
        return "差";
    }

    /** A budget figure the way people set it: whole or half 万元 for small sums, whole for larger ones. */
    static BigDecimal roundish(BigDecimal amount) {
        if (amount.compareTo(BigDecimal.valueOf(20)) < 0) {
            BigDecimal halves = amount.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP);
            BigDecimal v = halves.divide(BigDecimal.valueOf(2), 2, RoundingMode.UNNECESSARY);
            return v.signum() == 0 ? new BigDecimal("0.50") : v;
        }
        if (amount.compareTo(BigDecimal.valueOf(500)) < 0) {
            return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
        }
        return amount.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN).setScale(2);
    }
}
