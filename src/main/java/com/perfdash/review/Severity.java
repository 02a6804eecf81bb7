package com.perfdash.review;

/** How much a finding matters to a reviewer, most serious first. */
public enum Severity {
    /** The report contradicts itself: figures that must agree do not. */
    ERROR("错误", "Error"),
    /** Very likely wrong or inflated, but a reading exists under which it holds. */
    WARNING("警告", "Warning"),
    /** Worth a look; common in reports that are otherwise fine. */
    INFO("提示", "Info");

    private final String labelZh;
    private final String labelEn;

    Severity(String labelZh, String labelEn) {
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
