package com.perfdash.review;

import com.perfdash.review.Measure.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link ReviewRule#PLAUS_COST_VS_SPENDING}: a cost indicator whose amount (in 万元) cannot be what its
 * table's unit or project budgeted or spent. Per-head and per-item costs (人均, 每, 单价, 标准 …) are left
 * alone. An amount fires when it is above everything the table budgeted and spent (no part of the
 * spending can be); and where the indicator names a total (成本控制数, 总成本, 预算 …), when its target
 * matches none of the budgets and spending, or its actual matches none of the spending — the actual
 * cost is what was spent, not what was planned. The whole-unit table also counts the text's 预算收入
 * and 支出 less 结余结转. Matching allows the rounding of the text (half its last digit, at least
 * 0.01 万元).
 */
final class CostIndicatorCheck {

    private static final Pattern PER_ITEM = Pattern.compile("人均|户均|生均|次均|亩均|每|单位|平均|单价|标准|均价");
    private static final Pattern NAMES_A_TOTAL = Pattern.compile("成本控制|总成本|控制数|总额|总投入|总支出|总费用|预算|经费总|资金总|项目成本");

    private CostIndicatorCheck() {
    }

    static List<NewFinding> findings(List<CostCandidate> candidates) {
        return candidates.stream().map(CostIndicatorCheck::finding).flatMap(Optional::stream).toList();
    }

    /** The finding one cost indicator raises, if any. */
    static Optional<NewFinding> finding(CostCandidate c) {
        return finding(c, MeasureParser::parse);
    }

    /** The finding one cost indicator raises, if any, reading its texts with {@code parse} (a cache of {@link MeasureParser#parse}). */
    static Optional<NewFinding> finding(CostCandidate c, Function<String, Measure> parse) {
        if (PER_ITEM.matcher(c.level3()).find() || !implausible(c, parse)) {
            return Optional.empty();
        }
        return Optional.of(NewFinding.indicator(ReviewRule.PLAUS_COST_VS_SPENDING, c.reportId(), c.tableNo(), c.seq(),
                "target_text", evidence(c), RowKeys.funds(c.tableNo(), "total")));
    }

    private static boolean implausible(CostCandidate c, Function<String, Measure> parse) {
        Optional<Quantity> target = money(parse.apply(c.targetText()));
        Optional<Quantity> actual = money(parse.apply(c.actualText()));
        List<BigDecimal> spent = nonNull(c.executed(), c.textSpent());
        List<BigDecimal> plannedOrSpent = nonNull(c.initialBudget(), c.fullYearBudget(), c.textBudget(), c.executed(),
                c.textSpent());
        if (plannedOrSpent.isEmpty()) {
            return false;
        }
        BigDecimal most = plannedOrSpent.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal ceiling = most.multiply(new BigDecimal("1.01")).add(new BigDecimal("0.01"));
        if (Stream.of(target, actual).flatMap(Optional::stream).anyMatch(q -> wanYuan(q).compareTo(ceiling) > 0)) {
            return true;
        }
        if (!NAMES_A_TOTAL.matcher(c.level3()).find()) {
            return false;
        }
        boolean targetOff = target.isPresent() && plannedOrSpent.stream().noneMatch(r -> matches(target.get(), r));
        List<BigDecimal> actualRefs = spent.isEmpty() ? plannedOrSpent : spent;
        boolean actualOff = actual.isPresent() && actualRefs.stream().noneMatch(r -> matches(actual.get(), r));
        return targetOff || actualOff;
    }

    private static Map<String, String> evidence(CostCandidate c) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("table", String.valueOf(c.tableNo()));
        evidence.put("level3", c.level3());
        evidence.put("target", c.targetText());
        evidence.put("actual", c.actualText());
        evidence.put("initial", money(c.initialBudget()));
        evidence.put("budget", money(c.fullYearBudget()));
        evidence.put("executed", money(c.executed()));
        evidence.put("text_note_zh", c.textSpent() == null ? "" : "；正文所记支出（扣除结余结转）" + money(c.textSpent()) + " 万元");
        evidence.put("text_note_en", c.textSpent() == null ? ""
                : "; the text's expenditure less balance carried forward is " + money(c.textSpent()) + " 万元");
        return evidence;
    }

    private static Optional<Quantity> money(Measure measure) {
        return measure instanceof Quantity q && q.isMoney() ? Optional.of(q) : Optional.empty();
    }

    /**
     * The amount in 万元, exact: the decimal point moved by four places, which is what dividing by 10,000
     * gives but for the scale (only compared and subtracted here), and far cheaper than a division.
     */
    private static BigDecimal wanYuan(Quantity q) {
        return q.baseValue().movePointLeft(4);
    }

    /** Equal within the rounding of the written amount (at least 0.01 万元). */
    private static boolean matches(Quantity amount, BigDecimal reference) {
        BigDecimal tolerance = amount.baseHalfStep().movePointLeft(4).max(new BigDecimal("0.01"));
        return wanYuan(amount).subtract(reference).abs().compareTo(tolerance) <= 0;
    }

    private static List<BigDecimal> nonNull(BigDecimal... values) {
        return Stream.of(values).filter(Objects::nonNull).toList();
    }

    private static String money(BigDecimal m) {
        return m == null ? null : m.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
