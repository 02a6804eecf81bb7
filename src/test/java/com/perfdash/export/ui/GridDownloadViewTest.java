package com.perfdash.export.ui;

import com.perfdash.base.download.GridDownload;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.compare.RankingRow;
import com.perfdash.base.download.DownloadFormat;
import com.perfdash.ingest.DataLoader;
import com.perfdash.units.UnitListRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grid downloads hold what the grid shows, in its order, over the overview's fixture district
 * (figures in OverviewServiceTest): 2023 total scores 东风 90, 财政局 86, 区委办 79.5, 西湖 58.
 */
class GridDownloadViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @BeforeEach
    void loadTheFixtureDistrict() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(Path.of("src/test/resources/fixtures/overview"));
    }

    /** The download inside the element of class {@code parentClass} (its parent or grandparent). */
    @SuppressWarnings("unchecked")
    private static <T> GridDownload<T> find(String parentClass) {
        return (GridDownload<T>) com.github.mvysny.kaributesting.v10.LocatorJ._find(GridDownload.class).stream()
                .filter(d -> d.getParent().orElseThrow().getClassNames().contains(parentClass)
                        || d.getParent().orElseThrow().getParent().map(p -> p.getClassNames().contains(parentClass)).orElse(false))
                .findFirst().orElseThrow();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    var cell = r.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void the_ranking_download_says_its_口径_in_its_name_and_its_value_column() throws IOException {
        open("compare?metric=total_score&year=2023&from=2021&to=2023&basis=reviewed");
        GridDownload<RankingRow> download = find("panel");
        assertThat(download.fileName(DownloadFormat.XLSX)).isEqualTo("2023年度总得分排名-复核后.xlsx");
        List<List<String>> rows = sheet(download.content(DownloadFormat.XLSX));
        assertThat(rows.get(0)).contains("总得分（分）（口径：复核后）").endsWith("复核状态");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(r.size() - 1)).containsOnly("未复核");
        // nothing is reviewed in this district: the reviewed figures are the stated ones
        assertThat(download.rows()).extracting(RankingRow::reviewed).containsOnly(false);
    }

    @Test
    void the_ranking_download_follows_the_grids_sort() throws IOException {
        open("compare?metric=total_score&year=2023&from=2021&to=2023");
        @SuppressWarnings("unchecked")
        Grid<RankingRow> grid = _get(Grid.class, spec -> spec.withClasses("ranking"));
        // the user sorts by unit name, descending
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("unit"), SortDirection.DESCENDING)));
        List<String> shown = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).unitName()).toList();

        GridDownload<RankingRow> download = find("panel");
        assertThat(download.rows()).extracting(RankingRow::unitName).isEqualTo(shown);
        assertThat(download.fileName(DownloadFormat.XLSX)).isEqualTo("2023年度总得分排名.xlsx");

        List<List<String>> rows = sheet(download.content(DownloadFormat.XLSX));
        assertThat(rows.get(0)).startsWith("排名", "预算单位", "单位类别", "总得分（分）（口径：自评（原文））", "较上年（分）");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).isEqualTo(shown);
        // 西湖镇: rank 4, 58 points, no score last year
        List<String> xihu = rows.stream().filter(r -> r.get(1).equals("西湖镇人民政府")).findFirst().orElseThrow();
        assertThat(xihu.subList(0, 5)).containsExactly("4", "西湖镇人民政府", "街道/镇", "58", "");
        List<String> czj = rows.stream().filter(r -> r.get(1).equals("测试区财政局")).findFirst().orElseThrow();
        assertThat(czj.subList(0, 6)).containsExactly("2", "测试区财政局", "政府部门", "86", "11", "1");
    }

    @Test
    void the_units_download_runs_the_lists_query_with_its_filter_and_sort_without_paging() throws IOException {
        open("units?category=" + URLEncoder.encode("街道/镇", StandardCharsets.UTF_8) + "&sort=score&desc");
        @SuppressWarnings("unchecked")
        Grid<UnitListRow> grid = _get(Grid.class, spec -> spec.withClasses("units-grid"));
        List<String> shown = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).unitName()).toList();
        assertThat(shown).containsExactly("东风街道办事处", "西湖镇人民政府");

        GridDownload<UnitListRow> download = find("units-view");
        assertThat(download.fileName(DownloadFormat.CSV)).isEqualTo("预算单位列表（街道镇）.csv");
        byte[] csv = download.content(DownloadFormat.CSV);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("单位名称,单位代码,类别,最近年度,报告数（份）,全年预算数（万元）,全年执行数（万元）,执行率,总分,等级");
        // 东风 2023: 120.50 / 114.35 = 94.9 %, 90 points
        assertThat(lines[1]).startsWith("东风街道办事处,t-jd-dongfeng,街道/镇,2023,3,120.50,114.35,94.9%,90.00,");
        assertThat(lines[2]).startsWith("西湖镇人民政府,t-jd-xihu,街道/镇,2023,2,250.00,200.00,80.0%,58.00,");

        List<List<String>> xlsx = sheet(download.content(DownloadFormat.XLSX));
        assertThat(xlsx.subList(1, xlsx.size())).extracting(r -> r.get(0)).isEqualTo(shown);
        assertThat(xlsx.get(1).get(5)).isEqualTo("120.5");
    }

    @Test
    void the_watch_list_download_names_its_year() throws IOException {
        open("?year=2023&from=2021&to=2023");
        GridDownload<?> download = find("overview-watch");
        assertThat(download.fileName(DownloadFormat.XLSX)).isEqualTo("2023年度需关注单位.xlsx");
        List<List<String>> rows = sheet(download.content(DownloadFormat.XLSX));
        assertThat(rows.get(0)).containsExactly("预算单位", "单位类别", "全年预算数（万元）", "全年执行数（万元）", "执行率",
                "总得分（分）", "较上年（分）", "关注原因", "审核发现（条）", "其中错误（条）");
        assertThat(rows).hasSize(3);
    }

    @Test
    void a_units_years_download_has_one_row_per_reported_year() throws IOException {
        open("units/t-jd-xihu");
        GridDownload<?> download = _get(GridDownload.class);
        assertThat(download.fileName(DownloadFormat.XLSX)).isEqualTo("西湖镇人民政府历年主要指标.xlsx");
        List<List<String>> rows = sheet(download.content(DownloadFormat.XLSX));
        // 2021: 200 / 170 = 85 %; 2023: 250 / 200 = 80 %
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("年度", "2021", "2023");
        assertThat(rows.get(2).subList(2, 5)).containsExactly("250", "200", "0.8");
    }
}
