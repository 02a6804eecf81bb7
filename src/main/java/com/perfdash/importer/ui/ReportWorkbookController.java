package com.perfdash.importer.ui;

import com.perfdash.importer.ReportWorkbookService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workbook downloads as plain addresses, so that any page (or a bookmark) can link to them:
 * {@code /import/template} (blank) and {@code /import/workbook?unit=<unit>&year=<year>} (a loaded report).
 */
@RestController
public class ReportWorkbookController {

    private final ReportWorkbookService workbooks;

    public ReportWorkbookController(ReportWorkbookService workbooks) {
        this.workbooks = workbooks;
    }

    @GetMapping("/" + ImportRoutes.TEMPLATE)
    public ResponseEntity<byte[]> template() {
        return file(workbooks.template());
    }

    @GetMapping("/" + ImportRoutes.WORKBOOK)
    public ResponseEntity<byte[]> workbook(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return workbooks.report(unit, year).map(ReportWorkbookController::file)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> file(ReportWorkbookService.Workbook w) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(w.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(w.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(w.bytes());
    }
}
