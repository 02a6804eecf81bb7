package com.perfdash.review;

/** The families of review rules, in the order a reviewer reads a report. */
public enum RuleGroup {
    SUMS("合计与分项", "Sums"),
    FUNDS("资金执行与得分", "Funds scoring"),
    SCORING("指标分值与得分", "Indicator scoring"),
    ATTAINMENT("目标完成与扣分", "Attainment"),
    PLAUSIBILITY("合理性", "Plausibility"),
    UNITS("金额单位", "Units");

    private final String labelZh;
    private final String labelEn;

    RuleGroup(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
