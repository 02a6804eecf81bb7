package com.perfdash;

import com.perfdash.base.grade.GradeBandService;
import com.perfdash.base.grade.GradeBands;

/**
 * The 等级 bands as a migrated database defines them (grade_band, db/views/03_report_metrics.sql), read
 * once per test run: the pure chart tests shade and colour by the very rows the app reads, not by a copy.
 */
public final class TestGradeBands {

    private static GradeBands bands;

    private TestGradeBands() {
    }

    public static synchronized GradeBands fromDatabase() {
        if (bands == null) {
            try (TestDatabase db = new TestDatabase()) {
                bands = GradeBandService.read(db.jdbi());
            }
        }
        return bands;
    }
}
