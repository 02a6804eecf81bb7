package com.perfdash.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.base.download.ChartImage;
import com.perfdash.export.SummaryScope;
import com.perfdash.export.Texts;
import com.perfdash.ingest.DataLoader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual summary page over the overview's fixture district (2021–2023, four units). */
class SummaryViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @BeforeEach
    void loadTheFixtureDistrict() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(Path.of("src/test/resources/fixtures/overview"));
    }

    private static ChartImage png(String caption) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640 + caption.length(), 320, BufferedImage.TYPE_INT_RGB), "png", out);
        return ChartImage.fromPng(caption, out.toByteArray());
    }

    @Test
    void the_page_is_in_the_navigation_and_shows_the_district_charts_of_the_latest_year() {
        open("summary");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("年度总结");
        SummaryView view = _get(SummaryView.class);
        assertThat(view.summary().fiscalYear()).isEqualTo(2023);
        assertThat(view.summary().scope()).isEqualTo(SummaryScope.district());
        List<ApexChart> charts = view.charts();
        assertThat(charts).hasSize(4);
        // the same charts as the overview, named for download with their years
        assertThat(charts.get(0).getOptions().chart().toolbar().export().png().filename()).isEqualTo("2021-2023年度预算执行趋势");
        assertThat(_get(Button.class, spec -> spec.withClasses("summary-generate")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_a_unit_shows_its_charts_and_the_document_takes_the_images_the_page_drew() throws Exception {
        open("summary");
        SummaryView view = _get(SummaryView.class);
        _get(Select.class, spec -> spec.withLabel("年度")).setValue(2022);
        ((RadioButtonGroup<SummaryScope.Kind>) _get(RadioButtonGroup.class)).setValue(SummaryScope.Kind.UNIT);
        ComboBox<UnitRef> unit = _get(ComboBox.class, spec -> spec.withLabel("预算单位"));
        // the picker reads its units a page at a time, searched as the user types
        unit.setValue(unit.getLazyDataView().getItems().filter(u -> u.unitCode().equals("t-zf-czj")).findFirst().orElseThrow());
        assertThat(view.summary().scopeName()).isEqualTo("测试区财政局");
        assertThat(view.charts()).hasSize(4);
        assertThat(view.charts().get(0).getOptions().chart().toolbar().export().png().filename())
                .isEqualTo("2021-2022年度预算执行趋势（测试区财政局）");

        // what the browser sends back for the four charts
        view.offer(List.of(png("a"), png("bb"), png("ccc"), png("dddd")));
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("summary-document"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("下载 测试区财政局2022年度预算绩效自评总结.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(view.documentBytes()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("测试区财政局2022年度预算绩效自评总结");
            assertThat(doc.getAllPictures()).hasSize(4);
            // 全年执行数 310 against 300
            assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("310.00");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_口径_choice_changes_the_summary_each_time_and_its_chart_titles_say_it() {
        open("summary");
        SummaryView view = _get(SummaryView.class);
        Select<com.perfdash.review.Basis> basis = _get(Select.class, spec -> spec.withLabel("口径"));
        com.perfdash.review.Basis first = basis.getValue();
        com.perfdash.review.Basis other = first == com.perfdash.review.Basis.STATED ? com.perfdash.review.Basis.REVIEWED
                : com.perfdash.review.Basis.STATED;
        for (com.perfdash.review.Basis b : List.of(other, first, other)) {
            basis.setValue(b);
            assertThat(view.summary().basis()).isEqualTo(b);
            assertThat(view.charts().get(0).getOptions().title().text()).endsWith("（口径：" + (b == com.perfdash.review.Basis.STATED
                    ? "自评（原文）" : "复核后") + "）");
        }
    }

    @Test
    void the_batch_document_has_a_page_per_unit_of_the_year() throws Exception {
        open("summary");
        SummaryView view = _get(SummaryView.class);
        byte[] batch = view.batchDocument(2023, view.basis(), Texts.of(Locale.SIMPLIFIED_CHINESE));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(batch))) {
            assertThat(doc.getParagraphs().stream().filter(p -> p.isPageBreak()).count()).isEqualTo(4);
        }
    }

    @Test
    void a_unit_user_sees_only_their_own_units_figures() {
        // the demo unit account is bound to a unit the fixture does not hold: nothing of the district shows
        signInAs("unit");
        open("summary");
        assertThat(_find(ComboBox.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText())
                .isEqualTo("尚未加载任何自评报告，无法生成年度总结。");
    }

    @Test
    void a_unit_users_summary_is_about_their_unit_not_the_district() {
        com.perfdash.security.UserStore users = context.getBean(com.perfdash.security.UserStore.class);
        if (users.find("xihu").isEmpty()) {
            users.create("xihu", "西湖镇填报员", com.perfdash.security.Role.UNIT, "t-jd-xihu", "xihu-test-1");
        }
        signInAs("xihu");
        open("summary");
        SummaryView view = _get(SummaryView.class);
        assertThat(view.summary().scope()).isEqualTo(SummaryScope.unit("t-jd-xihu"));
        assertThat(view.summary().scopeName()).isEqualTo("西湖镇人民政府");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("summary-preview")).getText()).startsWith("西湖镇人民政府：2023 年度");
        assertThat(_find(RadioButtonGroup.class)).as("no 全区 or category choice").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("summary-batch"))).as("no batch of every unit").isEmpty();
    }
}
