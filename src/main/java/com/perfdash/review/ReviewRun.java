package com.perfdash.review;

/** One run of the review checks: reports checked, findings stored, and how long it took (ms). */
public record ReviewRun(int reports, int findings, int millis) {
}
