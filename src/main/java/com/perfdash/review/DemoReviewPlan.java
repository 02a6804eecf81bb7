package com.perfdash.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The review (复核) a finance bureau would have made of the demo district, derived from its reports and
 * their findings alone, so that the same district always gets the same review (docs/review-checks.md,
 * "The demo district's review state"). Nothing here is a figure of its own: a corrected amount is the
 * stated one ÷ 10,000, a re-score follows from what the finding quotes, a 复核得分 is the score
 * {@link ReviewDecisions#proposedScore} proposes once the corrections are in.
 *
 * <ul>
 *   <li>Every year but the latest: each report 审核中 then 已复核. A 元/万元 slip on a figure the report
 *       states is 属实（需更正） and corrected to the amount in 万元 (已更正, with the sums it broke); a score above
 *       its weight, a total that is not the sum of the scores and a funds score that is not weight ×
 *       rate are re-scored; {@link #DISMISSED_BECAUSE} are 不是问题; everything else is 属实 with a reason.
 *       A report whose text contradicts itself ({@link #RETURNED_FOR}) is 退回修改 with a message listing
 *       the findings and answered by its unit; in the year before the latest it stays 退回修改 with the
 *       answer waiting, in earlier years the reviewer then closed it 已复核.</li>
 *   <li>The latest year: the reports with an error are 审核中, their slips and scores already corrected
 *       and their other findings still open; the others are 待审核.</li>
 * </ul>
 * A year's review starts in April after the fiscal year, one report a working day (the steps of one
 * report minutes or working days apart); a step that would come after {@code now} has not happened yet
 * and is left out, so a review may stand where it stood that day.
 */
final class DemoReviewPlan {

    /** A report of the demo district. */
    record Report(String unitCode, int fiscalYear) {
    }

    /** One thing the demo reviewer (or a unit, answering) recorded, and when. */
    sealed interface Step permits Dispose, Correct, Status, Comment {
        Report report();

        LocalDateTime at();
    }

    /** A disposition of one finding. */
    record Dispose(Report report, String findingKey, Disposition disposition, String reason, String by, LocalDateTime at)
            implements Step {
    }

    /** A corrected value of a stated figure (万元 or points), answering findings that become 已更正. */
    record Correct(Report report, StatedFigure figure, BigDecimal correctedValue, String reason, List<String> findingKeys,
                   String by, LocalDateTime at) implements Step {
    }

    /** The report's review moves to {@code status}; a 已复核 takes the score proposed when it is written. */
    record Status(Report report, ReviewStatus status, String message, String by, LocalDateTime at) implements Step {
    }

    /** A comment on the report's review: the unit's answer. */
    record Comment(Report report, String message, String by, LocalDateTime at) implements Step {
    }

    /** Findings of a report whose text contradicts itself: the reviewer cannot tell which figure is wrong and asks the unit. */
    static final Set<ReviewRule> RETURNED_FOR = EnumSet.of(ReviewRule.SUM_INCOME_PARTS, ReviewRule.SUM_EXPENDITURE_PARTS,
            ReviewRule.SUM_PART_EXCEEDS_TOTAL, ReviewRule.SUM_PROJECT_SPENDING, ReviewRule.SUM_FUNDS_ROWS);

    /** Findings the reviewer accepts an explanation for (不是问题), with the reason. */
    static final Map<ReviewRule, String> DISMISSED_BECAUSE = Map.of(
            ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED, "该单位重点项目已由财政局另行组织重点绩效评价，自评未逐项附表符合当年通知要求。",
            ReviewRule.FUNDS_OVER_100, "超出部分为年中收到的上级转移支付资金，单位已提供指标文件和支付凭证，执行数属实。");

    /** Why a finding is 属实（需更正） where the reviewer corrects nothing; other rules get {@link #confirmedBecause}'s default. */
    private static final Map<ReviewRule, String> CONFIRMED_BECAUSE = Map.ofEntries(
            Map.entry(ReviewRule.ATTAIN_POINTS_OFF_MET, "指标已完成却扣分，且未填写偏差原因；请单位补充说明，下年度按实际完成情况打分。"),
            Map.entry(ReviewRule.ATTAIN_FULL_POINTS_MISSED, "目标未完成却给满分，自评偏高；复核得分已酌情考虑，请单位据实自评。"),
            Map.entry(ReviewRule.ATTAIN_MISSED_NO_NOTE, "未完成目标，扣分合理，但未填写偏差原因及改进措施，请补充。"),
            Map.entry(ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED, "扣分未说明原因，请单位补充偏差原因分析。"),
            Map.entry(ReviewRule.SCORE_GRADE, "等级与总分不符；复核按复核得分重新定级。"),
            Map.entry(ReviewRule.FUNDS_RATE, "执行率填报有误，应以全年执行数 ÷ 全年预算数为准。"),
            Map.entry(ReviewRule.PLAUS_COST_VS_SPENDING, "成本指标与实际预算、支出不符，请单位按实际支出填报。"),
            Map.entry(ReviewRule.PLAUS_COPIED_INDICATOR, "项目表指标照抄整体支出表，未反映项目自身产出，请单位重新设置项目指标。"),
            Map.entry(ReviewRule.PLAUS_PROJECT_NOT_LISTED, "项目表所评项目未见于正文项目清单，请单位核实项目名称。"),
            Map.entry(ReviewRule.SUM_TOTAL_EMPTY, "合计未填写，以分项之和为准；请单位下次完整填报。"),
            Map.entry(ReviewRule.SUM_TABLE_VS_TEXT, "整体支出表与正文金额不一致，请单位统一口径。"));

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final String reviewer;
    private final UnaryOperator<String> unitUser;
    private final LocalDateTime now;

    /**
     * @param reviewer the demo reviewer's user name
     * @param unitUser the user name a unit answers as, by unit code
     * @param now      what would come later has not happened: no step is later than this
     */
    DemoReviewPlan(String reviewer, UnaryOperator<String> unitUser, LocalDateTime now) {
        this.reviewer = reviewer;
        this.unitUser = unitUser;
        this.now = now;
    }

    /**
     * The steps of the demo review, oldest year first, each report's in the order they happened.
     *
     * @param findings every finding of the reports (others are ignored)
     * @param figures  the stated figures of a report, by figure key
     */
    List<Step> steps(List<Report> reports, List<Finding> findings, Function<Report, Map<String, StatedFigure>> figures) {
        if (reports.isEmpty()) {
            return List.of();
        }
        int latest = reports.stream().mapToInt(Report::fiscalYear).max().orElseThrow();
        Map<Report, List<Finding>> byReport = new TreeMap<>(Comparator.comparing(Report::fiscalYear).thenComparing(Report::unitCode));
        reports.forEach(r -> byReport.put(r, new ArrayList<>()));
        for (Finding f : findings) {
            List<Finding> of = byReport.get(new Report(f.unitCode(), f.fiscalYear()));
            if (of != null) {
                of.add(f);
            }
        }
        byReport.values().forEach(l -> l.sort(Comparator.comparing(Finding::findingKey)));
        Map<Integer, List<Report>> years = new TreeMap<>();
        byReport.keySet().forEach(r -> years.computeIfAbsent(r.fiscalYear(), y -> new ArrayList<>()).add(r));
        List<Step> all = new ArrayList<>();
        for (var year : years.entrySet()) {
            List<Step> steps = new ArrayList<>();
            LocalDate day = workday(LocalDate.of(year.getKey() + 1, 4, 7));
            for (int i = 0; i < year.getValue().size(); i++) {
                Report r = year.getValue().get(i);
                Cursor at = new Cursor(day.atTime(9, 0).plusMinutes(25L * (i % 4)));
                review(r, byReport.get(r), r.fiscalYear() == latest, r.fiscalYear() == latest - 1, figures, at, steps);
                day = workday(day.plusDays(1));
            }
            // what would happen after now has not happened yet: a report's review so far, or none
            steps.stream().filter(s -> !s.at().isAfter(now)).forEach(all::add);
        }
        return all;
    }

    private void review(Report r, List<Finding> findings, boolean latestYear, boolean yearBefore,
                        Function<Report, Map<String, StatedFigure>> figures, Cursor at, List<Step> steps) {
        if (latestYear && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            return; // 待审核: the reviewer takes the reports with errors first
        }
        steps.add(new Status(r, ReviewStatus.IN_REVIEW, null, reviewer, at.next(0)));
        Set<String> answered = new LinkedHashSet<>();
        Map<String, StatedFigure> stated = findings.stream().anyMatch(DemoReviewPlan::correctable) ? figures.apply(r) : Map.of();
        for (Finding f : findings) {
            if (answered.contains(f.findingKey()) || !correctable(f)) {
                continue;
            }
            correction(r, f, findings, stated, at, steps).ifPresent(c -> answered.addAll(c.findingKeys()));
        }
        if (latestYear) {
            return; // 审核中: the scores and slips are corrected, the rest is still open
        }
        List<Finding> returned = new ArrayList<>();
        for (Finding f : findings) {
            if (answered.contains(f.findingKey())) {
                continue;
            }
            if (RETURNED_FOR.contains(f.rule())) {
                returned.add(f);
                steps.add(new Dispose(r, f.findingKey(), Disposition.CONFIRMED, "报告前后数据不一致，无法判断以哪一项为准，退回单位核实。",
                        reviewer, at.next(6)));
            } else if (DISMISSED_BECAUSE.containsKey(f.rule())) {
                steps.add(new Dispose(r, f.findingKey(), Disposition.DISMISSED, DISMISSED_BECAUSE.get(f.rule()), reviewer, at.next(6)));
            } else {
                steps.add(new Dispose(r, f.findingKey(), Disposition.CONFIRMED, confirmedBecause(f), reviewer, at.next(6)));
            }
        }
        if (returned.isEmpty()) {
            steps.add(new Status(r, ReviewStatus.REVIEWED, null, reviewer, at.next(20)));
            return;
        }
        steps.add(new Status(r, ReviewStatus.RETURNED, returnMessage(r, returned), reviewer, at.next(20)));
        steps.add(new Comment(r, answer(returned), unitUser.apply(r.unitCode()), at.laterDay(3, 10, 20)));
        if (!yearBefore) {
            steps.add(new Status(r, ReviewStatus.REVIEWED, "单位已书面说明原因并报送更正后的自评表，复核通过。", reviewer, at.laterDay(2, 14, 30)));
        }
    }

    /** Whether the reviewer corrects the figure behind {@code f} herself: a 元/万元 slip, a score. */
    private static boolean correctable(Finding f) {
        return switch (f.rule()) {
            case UNIT_TEN_THOUSAND, SCORE_RANGE, SCORE_TOTAL, FUNDS_SCORE -> true;
            default -> false;
        };
    }

    /** The correction answering {@code f}, added to {@code steps}; empty where the report does not state the figure. */
    private Optional<Correct> correction(Report r, Finding f, List<Finding> findings, Map<String, StatedFigure> stated, Cursor at,
                                         List<Step> steps) {
        Optional<StatedFigure> figure = figureOf(f, stated);
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        StatedFigure s = figure.get();
        Map<String, String> e = f.evidence();
        Correct c = switch (f.rule()) {
            case UNIT_TEN_THOUSAND -> {
                BigDecimal wan = s.value().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
                steps.add(new Dispose(r, f.findingKey(), Disposition.CONFIRMED, "金额按元填报，应为 " + wan.toPlainString() + " 万元。",
                        reviewer, at.next(5)));
                List<String> keys = new ArrayList<>(List.of(f.findingKey()));
                // the sums the slip broke are answered by the same correction
                String row = f.rowKeys().get(0);
                findings.stream().filter(o -> o != f && o.rule().group() == RuleGroup.SUMS && o.rowKeys().contains(row))
                        .map(Finding::findingKey).forEach(keys::add);
                yield new Correct(r, s, wan, "按元填报，" + s.value().toPlainString() + " 元折合 " + wan.toPlainString() + " 万元。", keys,
                        reviewer, at.next(4));
            }
            case SCORE_RANGE -> {
                BigDecimal weight = new BigDecimal(e.get("weight"));
                yield new Correct(r, s, weight, "得分 " + e.get("score") + " 超过该指标分值 " + e.get("weight") + "，按分值计。",
                        List.of(f.findingKey()), reviewer, at.next(5));
            }
            case SCORE_TOTAL -> new Correct(r, s, new BigDecimal(e.get("sum")), "总分应为资金得分 " + e.get("funds_score") + " 与指标得分 "
                    + e.get("indicator_score") + " 之和 " + e.get("sum") + " 分。", List.of(f.findingKey()), reviewer, at.next(5));
            case FUNDS_SCORE -> {
                BigDecimal expected = new BigDecimal(e.get("expected")).setScale(2, RoundingMode.HALF_UP);
                yield new Correct(r, s, expected, "资金执行得分应为分值 " + e.get("weight") + " × 执行率 " + e.get("rate_pct") + "% = "
                        + expected.toPlainString() + " 分。", List.of(f.findingKey()), reviewer, at.next(5));
            }
            default -> throw new IllegalArgumentException("Not corrected by the demo review: " + f.rule());
        };
        steps.add(c);
        return Optional.of(c);
    }

    /**
     * The stated figure a finding points at: its primary row's field ({@code p4:budget}, {@code i0-5:score},
     * {@code t0:total_score}), or the report's own field ({@code expenditure_basic}); empty when the report
     * states neither (a project table's 项目总投资 is not a figure a correction may name).
     */
    static Optional<StatedFigure> figureOf(Finding f, Map<String, StatedFigure> stated) {
        List<String> keys = new ArrayList<>();
        if (!f.rowKeys().isEmpty()) {
            keys.add(f.rowKeys().get(0) + ":" + f.field());
        }
        keys.add(f.field());
        return keys.stream().map(stated::get).filter(s -> s != null && s.value() != null).findFirst();
    }

    private static String confirmedBecause(Finding f) {
        if (f.rule() == ReviewRule.UNIT_TEN_THOUSAND && f.evidence().get("as_wan") != null) {
            // a figure no correction may name (a project table's 项目总投资): it enters no total
            return "金额按元填报，应为 " + f.evidence().get("as_wan") + " 万元；该栏不计入汇总，请单位在下年度自评中改为万元。";
        }
        return CONFIRMED_BECAUSE.getOrDefault(f.rule(), "经复核属实：" + f.rule().titleZh() + "。请单位在下年度自评中更正。");
    }

    private static String returnMessage(Report r, List<Finding> returned) {
        StringBuilder s = new StringBuilder("经复核，你单位 " + r.fiscalYear() + " 年度绩效自评报告存在以下问题：");
        for (int i = 0; i < returned.size(); i++) {
            s.append('\n').append(i + 1).append(". ").append(returned.get(i).messageZh());
        }
        return s.append("\n请核对账务后更正，于 10 个工作日内重新报送自评报告，或书面说明原因。").toString();
    }

    private static String answer(List<Finding> returned) {
        return "已收到复核意见。经核对财务账，所指出的问题（" + String.join("；", returned.stream().map(f -> f.rule().titleZh()).distinct().toList())
                + "）系填报时录入有误，更正后的自评表已重新编制，随本说明一并报送，请予复核。";
    }

    private static LocalDate workday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate workdaysLater(LocalDate day, int days) {
        LocalDate d = day;
        for (int i = 0; i < days; i++) {
            d = workday(d.plusDays(1));
        }
        return d;
    }

    /** The time of the next step of one report: a few minutes apart, or a few working days later. */
    private static final class Cursor {
        private LocalDateTime t;

        Cursor(LocalDateTime start) {
            t = start;
        }

        LocalDateTime next(int minutes) {
            t = t.plusMinutes(minutes);
            return t;
        }

        LocalDateTime laterDay(int workdays, int hour, int minute) {
            t = workdaysLater(t.toLocalDate(), workdays).atTime(hour, minute);
            return t;
        }
    }
}
