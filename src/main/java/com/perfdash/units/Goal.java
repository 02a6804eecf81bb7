package com.perfdash.units;

/** A 年度总体目标 row: 预期目标 (expected) beside 实际完成情况 (achieved), as written. */
public record Goal(int seq, String expected, String achieved) {
}
