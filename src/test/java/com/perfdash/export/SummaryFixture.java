package com.perfdash.export;

import com.perfdash.base.download.ChartImage;

import com.perfdash.TestDatabase;
import com.perfdash.compare.CompareService;
import com.perfdash.overview.OverviewService;
import com.perfdash.units.UnitsService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The overview's fixture district (src/test/resources/fixtures/overview, figures worked out in
 * OverviewServiceTest) with the summary service over it.
 */
final class SummaryFixture {

    static final Path DISTRICT = Path.of("src/test/resources/fixtures/overview");

    private SummaryFixture() {
    }

    /** The district loaded (once per test JVM, copied for each caller: a test may change its copy). */
    static TestDatabase district() {
        return TestDatabase.loadedFrom(DISTRICT);
    }

    static AnnualSummaryService service(TestDatabase db) {
        return new AnnualSummaryService(new OverviewService(db.jdbi()), new CompareService(db.jdbi()),
                new UnitsService(db.jdbi()), new FindingsTableReviewSummary(db.jdbi()));
    }

    /** A plain PNG standing in for a chart the browser drew. */
    static ChartImage image(String caption, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        // a different picture per caption: Word files keep identical pictures once
        g.setColor(new Color(0x1f5fbf + caption.hashCode() % 0x1000));
        g.fillRect(width / 10 + Math.floorMod(caption.hashCode(), width / 2), height / 3, width / 8, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ChartImage.fromPng(caption, out.toByteArray());
    }
}
