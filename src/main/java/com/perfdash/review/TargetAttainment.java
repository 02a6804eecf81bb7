package com.perfdash.review;

import com.perfdash.review.Measure.Comparison;
import com.perfdash.review.Measure.DateSpan;
import com.perfdash.review.Measure.Qualitative;
import com.perfdash.review.Measure.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an actual meets its target, decided only where both texts say something comparable.
 *
 * <p>A target without a comparator means "at least" (4 次, 95%) — except for cost indicators,
 * things to keep low (事故, 投诉, 差错 …, but not the handling of them: 处理投诉 is more is better) and
 * a target of 0, where it means "at most". A met target is
 * met outright; a missed one falls short by more than the rounding of the actual as written (half its
 * last digit: an actual of 95% may be 95.4%, 11.8 万件 may be 118,499 件). Anything in between is
 * {@link Outcome#UNCLEAR}, and a qualitative text on either side is {@link Outcome#QUALITATIVE}.
 */
public final class TargetAttainment {

    public enum Outcome { MET, MISSED, UNCLEAR, QUALITATIVE }

    /** Indicators where less is better when the target has no comparator. */
    private static final Pattern LOWER_IS_BETTER = Pattern.compile(
            "成本|费用|事故|投诉|差错|失误|错误|误差|发生率|超支|违规|违纪|违法|延误|故障|损失|不合格|空置|欠款|逾期|伤亡|死亡");

    /** ... unless the indicator counts the work done about them: 处理投诉举报 2021 件 is more is better. */
    private static final Pattern HANDLING = Pattern.compile(
            "处理|办理|受理|办结|查处|化解|调处|调解|处置|回复|答复|整改|核查|排查|检查|宣传|培训|防治|预防|演练|救助|赔付");

    private TargetAttainment() {
    }

    /** Whether a target without comparator is a ceiling, from the indicator's level-2 and level-3 names. */
    public static boolean lowerIsBetter(String level2, String level3) {
        return level2 != null && level2.contains("成本")
                || level3 != null && LOWER_IS_BETTER.matcher(level3).find() && !HANDLING.matcher(level3).find();
    }

    public static Outcome judge(Measure target, Measure actual, boolean lowerIsBetter) {
        if (target instanceof Qualitative || actual instanceof Qualitative) {
            return Outcome.QUALITATIVE;
        }
        if (target instanceof Quantity t && actual instanceof Quantity a) {
            return quantities(t, a, lowerIsBetter);
        }
        if (target instanceof DateSpan t && actual instanceof DateSpan a) {
            // Done by the end of the target period is met; begun only after it is missed.
            if (!a.to().isAfter(t.to())) {
                return Outcome.MET;
            }
            return a.from().isAfter(t.to()) ? Outcome.MISSED : Outcome.UNCLEAR;
        }
        return Outcome.UNCLEAR;
    }

    /**
     * How far an actual lies above a target that asks for at least a quantity, in percent of the target
     * (one decimal), where that is {@code thresholdPct} or more: 15 次 against 10 次 is 50.0 above, 13 次
     * against 10 次 is 30.0 and reaches a threshold of 30. Empty where it is less; where the texts are not
     * two quantities in the same unit; where the target is a ceiling (≤, a cost, a thing to keep low, 0)
     * or not positive; and where the actual only says "at most". The actual is taken as written, without
     * its rounding.
     */
    public static Optional<BigDecimal> aboveTargetBy(Measure target, Measure actual, boolean lowerIsBetter, BigDecimal thresholdPct) {
        if (!(target instanceof Quantity t) || !(actual instanceof Quantity a) || !sameUnit(t, a) || atMost(t, lowerIsBetter)
                || t.baseValue().signum() <= 0 || a.comparison() == Comparison.AT_MOST || a.comparison() == Comparison.LESS_THAN) {
            return Optional.empty();
        }
        BigDecimal above = a.baseValue().subtract(t.baseValue()).multiply(BigDecimal.valueOf(100));
        if (above.compareTo(thresholdPct.multiply(t.baseValue())) < 0) {
            return Optional.empty();
        }
        return Optional.of(above.divide(t.baseValue(), 1, RoundingMode.HALF_UP));
    }

    /** Units agree, or one side writes none. */
    private static boolean sameUnit(Quantity t, Quantity a) {
        return t.baseUnit().isEmpty() || a.baseUnit().isEmpty() || t.baseUnit().equals(a.baseUnit());
    }

    /** Whether a target is a ceiling: written so, or without comparator where less is better or the target is 0. */
    private static boolean atMost(Quantity t, boolean lowerIsBetter) {
        return switch (t.comparison()) {
            case AT_MOST, LESS_THAN -> true;
            case AT_LEAST, MORE_THAN -> false;
            case EQUAL -> lowerIsBetter || t.baseValue().signum() == 0;
        };
    }

    private static Outcome quantities(Quantity t, Quantity a, boolean lowerIsBetter) {
        if (!sameUnit(t, a)) {
            return Outcome.UNCLEAR;
        }
        BigDecimal target = t.baseValue();
        boolean atMost = atMost(t, lowerIsBetter);
        // The actual as an interval: "≥95%" says at least 95, not exactly 95.
        BigDecimal v = a.baseValue();
        BigDecimal low = a.comparison() == Comparison.AT_MOST || a.comparison() == Comparison.LESS_THAN ? null : v;
        BigDecimal high = a.comparison() == Comparison.AT_LEAST || a.comparison() == Comparison.MORE_THAN ? null : v;
        // A target is a set figure; an actual is a measurement rounded to its last written digit.
        BigDecimal tolerance = a.baseHalfStep();
        // A strict target (> 95%) is not met by exactly 95%, unless the actual is strict too.
        boolean strict = t.comparison() == Comparison.MORE_THAN || t.comparison() == Comparison.LESS_THAN;
        boolean actualStrict = a.comparison() == Comparison.MORE_THAN || a.comparison() == Comparison.LESS_THAN;
        int edge = strict && !actualStrict ? 1 : 0;
        if (atMost) {
            if (high != null && high.compareTo(target) <= -edge) {
                return Outcome.MET;
            }
            return low != null && low.compareTo(target.add(tolerance)) > 0 ? Outcome.MISSED : Outcome.UNCLEAR;
        }
        if (low != null && low.compareTo(target) >= edge) {
            return Outcome.MET;
        }
        return high != null && high.compareTo(target.subtract(tolerance)) < 0 ? Outcome.MISSED : Outcome.UNCLEAR;
    }
}
