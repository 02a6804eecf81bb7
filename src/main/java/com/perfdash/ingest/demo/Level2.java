package com.perfdash.ingest.demo;

/** The standard indicator hierarchy: each 二级指标 with the 一级指标 it belongs to. */
enum Level2 {
    QUANTITY(Level1.OUTPUT, "数量指标"),
    QUALITY(Level1.OUTPUT, "质量指标"),
    TIMELINESS(Level1.OUTPUT, "时效指标"),
    COST(Level1.OUTPUT, "成本指标"),
    ECONOMIC(Level1.BENEFIT, "经济效益指标"),
    SOCIAL(Level1.BENEFIT, "社会效益指标"),
    ECOLOGICAL(Level1.BENEFIT, "生态效益指标"),
    SUSTAINABILITY(Level1.BENEFIT, "可持续影响指标"),
    SATISFACTION(Level1.SATISFACTION, "服务对象满意度指标");

    final Level1 level1;
    final String label;

    Level2(Level1 level1, String label) {
        this.level1 = level1;
        this.label = label;
    }

    enum Level1 {
        OUTPUT("产出指标"),
        BENEFIT("效益指标"),
        SATISFACTION("满意度指标");

        final String label;

        Level1(String label) {
            this.label = label;
        }
    }
}
