package com.perfdash.base.grade;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * The 等级 bands as the database defines them ({@code grade_band}, db/views/03_report_metrics.sql), read
 * once on first use: the definition files are applied at start, before any page asks, and do not change
 * while the app runs.
 */
@Service
public class GradeBandService {

    private final Jdbi jdbi;
    private volatile GradeBands bands;

    public GradeBandService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public GradeBands bands() {
        GradeBands b = bands;
        if (b == null) {
            b = read(jdbi);
            bands = b;
        }
        return b;
    }

    /** The bands {@code grade_band} holds in the database {@code jdbi} opens. */
    public static GradeBands read(Jdbi jdbi) {
        return new GradeBands(jdbi.withExtension(GradeBandQueries.class, GradeBandQueries::gradeBands));
    }
}
