package com.perfdash.review;

import com.perfdash.review.TargetAttainment.Outcome;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The attainment rules: reads each candidate's target and actual with {@link MeasureParser} and
 * compares them with {@link TargetAttainment}; a text that cannot be read is qualitative and is never
 * called met or missed.
 *
 * <ul>
 *   <li>points off, no note, target met: {@link ReviewRule#ATTAIN_POINTS_OFF_MET};</li>
 *   <li>points off, no note, target missed: {@link ReviewRule#ATTAIN_MISSED_NO_NOTE};</li>
 *   <li>points off, no note, cannot tell: {@link ReviewRule#ATTAIN_POINTS_OFF_UNEXPLAINED};</li>
 *   <li>full points, target clearly missed (note or not): {@link ReviewRule#ATTAIN_FULL_POINTS_MISSED};</li>
 *   <li>under a scoring rule set that counts a completed value far above its target as a deviation
 *       (over_target_pct, V021): full points, no note, that far above: {@link ReviewRule#ATTAIN_OVER_TARGET};
 *       points off, no note, that far above: nothing (the rule set asks for them). Under a rule set
 *       without it (the national default) such rows are judged as above.</li>
 * </ul>
 * The candidates come from {@code attainmentCandidates.sql}: rows with points off already have no note.
 */
final class AttainmentCheck {

    static final List<ReviewRule> RULES = List.of(ReviewRule.ATTAIN_POINTS_OFF_MET, ReviewRule.ATTAIN_MISSED_NO_NOTE,
            ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED, ReviewRule.ATTAIN_FULL_POINTS_MISSED, ReviewRule.ATTAIN_OVER_TARGET);

    private AttainmentCheck() {
    }

    static List<NewFinding> findings(List<IndicatorCandidate> candidates) {
        return candidates.stream().map(AttainmentCheck::finding).flatMap(Optional::stream).toList();
    }

    /** The finding one candidate raises, if any. */
    static Optional<NewFinding> finding(IndicatorCandidate c) {
        return finding(c, MeasureParser::parse);
    }

    /** The finding one candidate raises, if any, reading its texts with {@code parse} (a cache of {@link MeasureParser#parse}). */
    static Optional<NewFinding> finding(IndicatorCandidate c, Function<String, Measure> parse) {
        Measure target = parse.apply(c.targetText());
        Measure actual = parse.apply(c.actualText());
        boolean lowerIsBetter = TargetAttainment.lowerIsBetter(c.level2(), c.level3());
        boolean fullPoints = c.score().compareTo(c.weight()) >= 0;
        Optional<BigDecimal> above = c.overTargetPct() == null || !c.noNote() ? Optional.empty()
                : TargetAttainment.aboveTargetBy(target, actual, lowerIsBetter, c.overTargetPct());
        if (above.isPresent()) {
            // The rule set takes points off an unexplained deviation: points off are what it asks for
            // (not ATTAIN_POINTS_OFF_MET's points off a met target), full points are what it finds.
            return fullPoints ? Optional.of(overTarget(c, above.get())) : Optional.empty();
        }
        Outcome outcome = TargetAttainment.judge(target, actual, lowerIsBetter);
        ReviewRule rule = fullPoints
                ? (outcome == Outcome.MISSED ? ReviewRule.ATTAIN_FULL_POINTS_MISSED : null)
                : switch (outcome) {
                    case MET -> ReviewRule.ATTAIN_POINTS_OFF_MET;
                    case MISSED -> ReviewRule.ATTAIN_MISSED_NO_NOTE;
                    case QUALITATIVE, UNCLEAR -> ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED;
                };
        if (rule == null) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(c);
        evidence.put("outcome", outcome.name());
        if (rule == ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED) {
            evidence.put("lost", points(c.weight().subtract(c.score())));
            boolean qualitative = outcome == Outcome.QUALITATIVE;
            evidence.put("reading_zh", qualitative ? "为定性表述，无法判断是否完成" : "无法直接比较（单位不同，或差距在舍入范围内）");
            evidence.put("reading_en", qualitative ? "are qualitative, so whether the target was met cannot be read from them"
                    : "cannot be compared outright (different units, or a gap within rounding)");
        }
        return Optional.of(NewFinding.indicator(rule, c.reportId(), c.tableNo(), c.seq(), "score", evidence));
    }

    private static NewFinding overTarget(IndicatorCandidate c, BigDecimal abovePct) {
        Map<String, String> evidence = evidence(c);
        evidence.put("above_pct", abovePct.toPlainString());
        evidence.put("threshold_pct", points(c.overTargetPct()));
        evidence.put("rule_set", c.ruleSet());
        evidence.put("rule_set_name_zh", c.ruleSetNameZh());
        evidence.put("rule_set_name_en", c.ruleSetNameEn());
        return NewFinding.indicator(ReviewRule.ATTAIN_OVER_TARGET, c.reportId(), c.tableNo(), c.seq(), "score", evidence);
    }

    /** What every attainment finding quotes of its row: the table, the indicator, its texts, weight and score. */
    private static Map<String, String> evidence(IndicatorCandidate c) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("table", String.valueOf(c.tableNo()));
        evidence.put("level3", c.level3());
        evidence.put("target", c.targetText());
        evidence.put("actual", c.actualText());
        evidence.put("weight", points(c.weight()));
        evidence.put("score", points(c.score()));
        return evidence;
    }

    /** Points as a report writes them: 4, 9.5. */
    static String points(BigDecimal p) {
        return p == null ? null : p.stripTrailingZeros().toPlainString();
    }
}
