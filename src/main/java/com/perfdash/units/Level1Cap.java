package com.perfdash.units;

import java.math.BigDecimal;

/** A level-1 indicator group and the cap the table declares for it, e.g. 产出指标 (50 分); cap null if none. */
public record Level1Cap(int seq, String level1, BigDecimal cap) {
}
