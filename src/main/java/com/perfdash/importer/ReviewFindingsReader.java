package com.perfdash.importer;

import com.perfdash.review.Finding;
import com.perfdash.review.ReviewService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * The review findings an import would raise: the review checks run inside every load, so the dry run
 * of a preview has already written them; this reads those of the imported unit-years in that
 * transaction, before it is rolled back, and marks the ones the loaded version does not raise.
 */
@Component
public class ReviewFindingsReader implements ImportService.FindingsReader {

    private final Jdbi jdbi;

    public ReviewFindingsReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ImportService.DryRunFindings prepare(List<ImportService.UnitYear> unitYears) {
        Map<ImportService.UnitYear, Set<String>> loaded = new HashMap<>();
        jdbi.useHandle(h -> unitYears.forEach(y -> loaded.put(y, ReviewService.findingsForReport(h, y.unitCode(), y.fiscalYear())
                .stream().map(ReviewFindingsReader::key).collect(Collectors.toSet()))));
        return (dryRun, reports) -> {
            List<PreviewFinding> found = new ArrayList<>();
            for (ReportChange r : reports) {
                Set<String> before = loaded.getOrDefault(new ImportService.UnitYear(r.unitCode(), r.fiscalYear()), Set.of());
                for (Finding f : ReviewService.findingsForReport(dryRun, r.unitCode(), r.fiscalYear())) {
                    found.add(new PreviewFinding(r.unitCode(), r.fiscalYear(), f.severity().name(), f.rule().code(),
                            f.messageZh(), f.messageEn(), !before.contains(key(f))));
                }
            }
            // what the import changes first
            found.sort((a, b) -> Boolean.compare(b.added(), a.added()));
            return found;
        };
    }

    /** A finding as it reads: the same rule saying the same thing about the same report. */
    private static String key(Finding f) {
        return f.rule().code() + "|" + f.messageEn();
    }
}
