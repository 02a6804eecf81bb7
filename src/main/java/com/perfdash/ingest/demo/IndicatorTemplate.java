package com.perfdash.ingest.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One kind of 三级指标 and how its 年度指标值 / 实际完成值 texts are drawn, written in a small notation
 * so that the catalogue stays readable:
 * <ul>
 *   <li>{@code 名称|C|次|4|12}: a count, more is better ("8 次" → "9 次");</li>
 *   <li>{@code 名称|G|年|10|20}: a count with an explicit floor ("≥15 年");</li>
 *   <li>{@code 名称|B|万件|8|15}: a large count in 万, one decimal ("11 万件" → "11.8 万件");</li>
 *   <li>{@code 名称|L|小时|2}: less is better ("≤2 小时"; a ceiling of 0 reads "0 起");</li>
 *   <li>{@code 名称|P|>=|95}, {@code P|=|100}, {@code P|<=|1}: a percent ("≥95%", "100%", "≤1%");</li>
 *   <li>{@code 名称|T}: the fiscal year as a period ("2021 年 1 月-12 月");</li>
 *   <li>{@code 名称|X|按月发放}: a fixed wording of timeliness;</li>
 *   <li>{@code 名称|Q|有所提升|有所提升,明显提升}: a qualitative target and the achieved wordings.</li>
 * </ul>
 */
record IndicatorTemplate(String level3, Measure measure, String unit, int min, int max, String cmp,
                         String text, List<String> options) {

    enum Measure { COUNT, FLOOR, BIG, CEILING, PERCENT, PERIOD, FIXED, QUALITATIVE }

    /** How the year went for this indicator. */
    enum Outcome { MET, MISSED, CLEARLY_MISSED }

    /** A drawn pair of texts; {@code quantity} when both are single parseable quantities. */
    record Texts(String target, String actual, boolean quantity) {}

    static IndicatorTemplate parse(String spec) {
        String[] f = spec.split("\\|", -1);
        String name = f[0];
        return switch (f[1]) {
            case "C" -> counted(name, Measure.COUNT, f);
            case "G" -> counted(name, Measure.FLOOR, f);
            case "B" -> counted(name, Measure.BIG, f);
            case "L" -> new IndicatorTemplate(name, Measure.CEILING, f[2], 0, Integer.parseInt(f[3]), null, null, List.of());
            case "P" -> new IndicatorTemplate(name, Measure.PERCENT, "%", 0, Integer.parseInt(f[3]), f[2], null, List.of());
            case "T" -> new IndicatorTemplate(name, Measure.PERIOD, null, 0, 0, null, null, List.of());
            case "X" -> new IndicatorTemplate(name, Measure.FIXED, null, 0, 0, null, f[2], List.of());
            case "Q" -> new IndicatorTemplate(name, Measure.QUALITATIVE, null, 0, 0, null, f[2], Arrays.asList(f[3].split(",")));
            default -> throw new IllegalArgumentException("unknown indicator notation: " + spec);
        };
    }

    private static IndicatorTemplate counted(String name, Measure measure, String[] f) {
        return new IndicatorTemplate(name, measure, f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), null, null, List.of());
    }

    static List<IndicatorTemplate> parseAll(String... specs) {
        return Arrays.stream(specs).map(IndicatorTemplate::parse).toList();
    }

    /** Whether a "clearly missed" actual can be written as a quantity below a quantity target. */
    boolean canMissClearly() {
        return measure == Measure.COUNT || measure == Measure.FLOOR || measure == Measure.BIG
                || (measure == Measure.PERCENT && !"<=".equals(cmp));
    }

    boolean isQuantity() {
        return measure != Measure.PERIOD && measure != Measure.FIXED && measure != Measure.QUALITATIVE;
    }

    Texts draw(Dice dice, int year, boolean spaced, Outcome outcome) {
        String sp = spaced ? " " : "";
        return switch (measure) {
            case COUNT, FLOOR -> {
                int target = roundTarget(dice.between(min, max));
                int actual = switch (outcome) {
                    case MET -> dice.chance(0.45) ? target : target + dice.between(0, Math.max(1, target / 4));
                    case MISSED -> Math.min(target - 1, (int) (target * dice.uniform(0.78, 0.95)));
                    case CLEARLY_MISSED -> (int) (target * dice.uniform(0.5, 0.75));
                };
                String floor = measure == Measure.FLOOR || dice.chance(0.25) ? "≥" : "";
                yield new Texts(floor + target + sp + unit, Math.max(0, actual) + sp + unit, true);
            }
            case BIG -> {
                BigDecimal target = BigDecimal.valueOf(dice.between(min, max));
                BigDecimal actual = switch (outcome) {
                    case MET -> target.add(oneDecimal(dice.uniform(0, target.doubleValue() * 0.15)));
                    case MISSED -> oneDecimal(target.doubleValue() * dice.uniform(0.8, 0.95));
                    case CLEARLY_MISSED -> oneDecimal(target.doubleValue() * dice.uniform(0.5, 0.72));
                };
                yield new Texts(target.toPlainString() + sp + unit, Amounts.points(actual) + sp + unit, true);
            }
            case CEILING -> {
                if (max == 0) {
                    String actual = outcome == Outcome.MET ? "0" : String.valueOf(dice.between(1, 3));
                    yield new Texts("0" + sp + unit, actual + sp + unit, true);
                }
                int actual = outcome == Outcome.MET ? dice.between(0, max) : max + dice.between(1, Math.max(1, max));
                yield new Texts("≤" + max + sp + unit, actual + sp + unit, true);
            }
            case PERCENT -> percent(dice, outcome);
            case PERIOD -> {
                String target = spaced ? year + " 年 1 月-12 月" : year + "年1月-12月";
                String actual = switch (outcome) {
                    case MET -> dice.chance(0.8) ? target : "按期完成";
                    default -> "延期至" + (year + 1) + "年" + dice.between(1, 4) + "月";
                };
                yield new Texts(target, actual, false);
            }
            case FIXED -> new Texts(text, outcome == Outcome.MET ? (dice.chance(0.7) ? text : "按时完成") : "部分延迟", false);
            case QUALITATIVE -> new Texts(text,
                    outcome == Outcome.MET ? dice.pick(options) : dice.pickOf("基本实现", "成效不够明显", "部分实现"), false);
        };
    }

    private Texts percent(Dice dice, Outcome outcome) {
        int target = max;
        switch (cmp) {
            case ">=" -> {
                BigDecimal actual = switch (outcome) {
                    case MET -> dice.chance(0.3) ? BigDecimal.valueOf(100)
                            : dice.chance(0.6) ? BigDecimal.valueOf(dice.between(target, 100))
                            : oneDecimal(dice.uniform(target, 100)).max(BigDecimal.valueOf(target));
                    case MISSED -> oneDecimal(target - dice.uniform(1, 6));
                    case CLEARLY_MISSED -> BigDecimal.valueOf(target - dice.between(12, 25));
                };
                return new Texts("≥" + target + "%", Amounts.points(actual) + "%", true);
            }
            case "=" -> {
                BigDecimal actual = switch (outcome) {
                    case MET -> BigDecimal.valueOf(target);
                    case MISSED -> oneDecimal(target - dice.uniform(1, 6));
                    case CLEARLY_MISSED -> BigDecimal.valueOf(target - dice.between(12, 25));
                };
                return new Texts(target + "%", Amounts.points(actual) + "%", true);
            }
            default -> {
                BigDecimal actual = outcome == Outcome.MET
                        ? oneDecimal(dice.uniform(0, target))
                        : oneDecimal(target + dice.uniform(0.5, 3));
                return new Texts("≤" + target + "%", Amounts.points(actual) + "%", true);
            }
        }
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1);
    }

    /** Targets are planned figures: round to tens above 100 and to hundreds above 1,000. */
    private static int roundTarget(int value) {
        if (value >= 1000) {
            return value / 100 * 100;
        }
        if (value >= 100) {
            return value / 10 * 10;
        }
        return value;
    }
}
