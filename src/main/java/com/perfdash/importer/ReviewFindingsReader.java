package com.perfdash.importer;

import com.perfdash.review.Finding;
import com.perfdash.review.ReviewService;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.springframework.stereotype.Component;

/**
 * The review findings an import would raise: the review checks run inside every load, so the dry run
 * of a preview has already written them; this reads those of the imported unit-years in that
 * transaction, before it is rolled back.
 */
@Component
public class ReviewFindingsReader implements ImportService.FindingsReader {

    @Override
    public List<PreviewFinding> read(Handle dryRun, List<ReportChange> reports) {
        List<PreviewFinding> found = new ArrayList<>();
        for (ReportChange r : reports) {
            for (Finding f : ReviewService.findingsForReport(dryRun, r.unitCode(), r.fiscalYear())) {
                found.add(new PreviewFinding(r.unitCode(), r.fiscalYear(), f.severity().name(), f.rule().code(),
                        f.messageZh(), f.messageEn()));
            }
        }
        return found;
    }
}
