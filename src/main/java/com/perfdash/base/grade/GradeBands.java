package com.perfdash.base.grade;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 等级 bands of {@code grade_band} (db/views/03_report_metrics.sql), best first, as
 * {@link GradeBandService} read them. Built from those rows only: the thresholds are not written down in
 * Java.
 */
public record GradeBands(List<GradeBand> bands) {

    public GradeBands {
        bands = bands.stream().sorted(Comparator.comparingInt(GradeBand::rank)).toList();
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("No grade bands: grade_band returned no rows");
        }
    }

    /** The band a grade key names ({@link GradeBand#EXCELLENT} …). */
    public Optional<GradeBand> band(String gradeKey) {
        return bands.stream().filter(b -> b.gradeKey().equals(gradeKey)).findFirst();
    }

    /** The grade a score earns by these bands (优/良/中/差), empty without a score. */
    public Optional<String> gradeOf(BigDecimal score) {
        if (score == null) {
            return Optional.empty();
        }
        return bands.stream()
                .filter(b -> (b.lowerBound() == null || score.compareTo(b.lowerBound()) >= 0)
                        && (b.upperBound() == null || score.compareTo(b.upperBound()) < 0))
                .map(GradeBand::grade).findFirst();
    }

    /** The boundaries between the bands, lowest first (60, 80, 90): the lower bound of every band that has one. */
    public List<BigDecimal> thresholds() {
        return bands.stream().map(GradeBand::lowerBound).filter(Objects::nonNull).sorted().toList();
    }
}
