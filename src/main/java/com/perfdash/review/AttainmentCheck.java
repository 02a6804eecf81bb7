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
 *   <li>full points, target clearly missed (note or not): {@link ReviewRule#ATTAIN_FULL_POINTS_MISSED}.</li>
 * </ul>
 * The candidates come from {@code attainmentCandidates.sql}: rows with points off already have no note.
 */
final class AttainmentCheck {

    static final List<ReviewRule> RULES = List.of(ReviewRule.ATTAIN_POINTS_OFF_MET, ReviewRule.ATTAIN_MISSED_NO_NOTE,
            ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED, ReviewRule.ATTAIN_FULL_POINTS_MISSED);

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
        Outcome outcome = TargetAttainment.judge(parse.apply(c.targetText()), parse.apply(c.actualText()),
                TargetAttainment.lowerIsBetter(c.level2(), c.level3()));
        boolean fullPoints = c.score().compareTo(c.weight()) >= 0;
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
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("table", String.valueOf(c.tableNo()));
        evidence.put("level3", c.level3());
        evidence.put("target", c.targetText());
        evidence.put("actual", c.actualText());
        evidence.put("weight", points(c.weight()));
        evidence.put("score", points(c.score()));
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

    /** Points as a report writes them: 4, 9.5. */
    static String points(BigDecimal p) {
        return p == null ? null : p.stripTrailingZeros().toPlainString();
    }
}
