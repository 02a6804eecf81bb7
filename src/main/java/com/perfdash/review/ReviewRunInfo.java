package com.perfdash.review;

import java.time.LocalDateTime;

/** The latest run of the checks: when, over how many reports, how many findings, how long (ms). */
public record ReviewRunInfo(LocalDateTime ranAt, int reports, int findings, int millis) {
}
