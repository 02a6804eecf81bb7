package com.perfdash.importer.document;

import static com.perfdash.importer.document.WordXml.p;
import static com.perfdash.importer.document.WordXml.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The seed report (data/seed/source/2020-zz-hetang-qwbgs.txt, text extracted from the unit's Word file)
 * written back as the Word document it came from: the narrative as paragraphs (the text's wrapped lines
 * joined again), the whole-unit and the project table as Word tables with the paper table's vertical and
 * horizontal merges, each followed by its 备注 lines. The second layout types the same report another
 * way: the whole-unit table split over a page break with its header row repeated, 一级指标 written in
 * every row, 万元 inside the amount cells, and the budget sentence broken over two paragraphs.
 */
final class SeedWord {

    static final Path SEED_TEXT = Path.of("data/seed/source/2020-zz-hetang-qwbgs.txt");

    /** Grid column widths (twips) of both tables: 9 columns on an A4 page. */
    static final int[] WIDTHS = {900, 1100, 1200, 1900, 1150, 1150, 650, 650, 938};

    static final String TITLE = "2020年度中共株洲市荷塘区委办公室绩效自评报告";
    static final String NOTE_1 = "备注：1.“执行率”=“全年执行数”/“全年预算数”；";
    static final String NOTE_2 = "2.总分设置为 100 分，等级划分为：90 分（含）—100 分为优，80 分（含）—90 分为良，60 分（含）—80 分为中，60 分以下为差";

    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\\d]+）|\\d+\\.\\s|[一二三四五六七八九十]是)");
    private static final String ENDS = "。！？：";

    private SeedWord() {
    }

    static Path write(Path file) {
        return WordXml.write(file, body(false));
    }

    /** The seed as Word with one text of it written otherwise (a sentence as another unit words it). */
    static Path writeReplacing(Path file, String text, String writtenAs) {
        String body = body(false);
        if (!body.contains(text)) {
            throw new IllegalArgumentException("the seed's Word text has no " + text);
        }
        return WordXml.write(file, body.replace(text, writtenAs));
    }

    static Path writeSecondLayout(Path file) {
        return WordXml.write(file, body(true));
    }

    private static String body(boolean second) {
        StringBuilder s = new StringBuilder();
        for (String paragraph : narrative(second)) {
            s.append(p(paragraph));
        }
        UnaryOperator<String> money = second ? m -> m.isEmpty() ? m : m + " 万元" : m -> m;
        s.append(p("2020 年度部门整体支出绩效自评表"));
        if (second) {
            List<List<String>> rows = unitTable(money, true);
            s.append(table(WIDTHS, rows.subList(0, 13)));
            s.append(WordXml.pageBreak());
            List<List<String>> rest = new ArrayList<>();
            rest.add(rows.get(8));
            rest.addAll(rows.subList(13, rows.size()));
            s.append(table(WIDTHS, rest));
        } else {
            s.append(table(WIDTHS, unitTable(money, false)));
        }
        s.append(p(NOTE_1)).append(p(NOTE_2));
        s.append(p("2020 年度项目支出绩效自评表"));
        s.append(table(WIDTHS, projectTable(money)));
        s.append(p(NOTE_1)).append(p(NOTE_2 + "。"));
        return s.toString();
    }

    /**
     * The narrative paragraphs: the seed text up to its 附件 line, wrapped lines joined (a line that
     * does not end a sentence runs on into the next unless that one starts a heading). In the second
     * layout the income sentence stays broken where the text wraps it ("调整追" | "加 17.07 万元").
     */
    static List<String> narrative(boolean second) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SEED_TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        out.add(TITLE);
        StringBuilder current = new StringBuilder("一、预算单位基本情况");
        boolean currentIsHeading = true;
        for (String raw : lines.subList(1, lines.size())) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = HEADING.matcher(line).find();
            boolean ended = current.isEmpty() || ENDS.indexOf(current.charAt(current.length() - 1)) >= 0;
            boolean brokenOnPurpose = second && current.toString().endsWith("调整追");
            if (heading || ended || currentIsHeading || brokenOnPurpose) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                }
                current.setLength(0);
                currentIsHeading = heading && !line.contains("。") && !line.contains("万元");
            }
            current.append(line);
            if (line.startsWith("附件：")) {
                break;
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The whole-unit table as the paper prints it (DOMAIN.md: 12 indicator rows, 92 优). */
    static List<List<String>> unitTable(UnaryOperator<String> money, boolean level1EveryRow) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("部门名称<<3", "中共株洲市荷塘区委办公室<<6"));
        rows.add(List.of("*资金情况\n（万元）", "年度资金总额<<2", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分（分值×执行率）"));
        rows.add(List.of("^", "合计<<2", money.apply("457.18"), money.apply("516.66"), money.apply("516.66"), "10", "100%", "10"));
        rows.add(List.of("^", "其中：当年财政拨款<<2", money.apply("457.18"), money.apply("516.66"), "", "", "", ""));
        rows.add(List.of("^", "上年结转资金<<2", "", money.apply("10.25"), "", "", "", ""));
        rows.add(List.of("^", "其他资金<<2", "", "", "", "", "", ""));
        rows.add(List.of("*年度总体目标", "预期目标<<4", "实际完成情况<<4"));
        rows.add(List.of("^", "指标 1：积极履职，充分发挥主要职能。\n指标 2：财政供养人员控制在预算编制以内。指标 3：三公经费只减不增。<<4",
                "指标 1：积极履职，充分发挥区委办主要职能。\n指标 2：全年支出总额要控制在预算总<<4"));
        rows.add(List.of("*绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        String out = "产出指标(50 分)";
        String benefit = "效益指标\n（30 分）";
        UnaryOperator<String> first = l -> level1EveryRow ? l : "*" + l;
        UnaryOperator<String> next = l -> level1EveryRow ? l : "^";
        rows.add(List.of("^", first.apply(out), "*数量指标", "密切“四大家” 办公室协调衔接。", "4 次", "4 次", "5", "5", ""));
        rows.add(List.of("^", next.apply(out), "^", "开展帮扶", "4 次", "4 次", "5", "4", ""));
        rows.add(List.of("^", next.apply(out), "^", "召开工作会议", "20 次", "24 次", "5", "5", ""));
        rows.add(List.of("^", next.apply(out), "^", "学习培训", "10 次", "15 次", "5", "4", ""));
        rows.add(List.of("^", next.apply(out), "质量指标", "事项完成率", "100%", "95%", "10", "9", ""));
        rows.add(List.of("^", next.apply(out), "时效指标", "按时按质完成", "2020 年 1", "2020 年1 月", "10", "10", ""));
        rows.add(List.of("^", next.apply(out), "成本指标", "成本控制数", "491.38 万元", "491.38 万元", "10", "9", ""));
        rows.add(List.of("^", first.apply(benefit), "经济效益指标", "保护企业复工复产", "确保工厂开工，企业、个体工", "持续保持", "10", "9", ""));
        rows.add(List.of("^", next.apply(benefit), "社会效益指标", "广泛凝聚人心, 不断增进共识", "持续履行“幸福荷塘”系列民生行动", "继续保持， 有所创新", "10", "9", ""));
        rows.add(List.of("^", next.apply(benefit), "生态效益指标", "始终围绕中心、服务大局。", "整合全区力量资源谋发展", "有所提升", "5", "4", ""));
        rows.add(List.of("^", next.apply(benefit), "可持续影响指标", "积极整合资源、完善平台、创新手段,推动各领域工作取得新 的进展。", "长期", "有所提升", "5", "5", ""));
        rows.add(List.of("^", "满意度指标\n（10 分）", "服务对象满意度指", "民众满意率", "≥95%", "≥95%", "10", "9", ""));
        rows.add(List.of("总分<<6", "100", "92", "等级：优"));
        return rows;
    }

    /** The project table 民主监督经费 (DOMAIN.md: 10 indicator rows, weights summing to 110, total 100). */
    static List<List<String>> projectTable(UnaryOperator<String> money) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("部门名称<<3", "中共株洲市荷塘区委办公室<<6"));
        rows.add(List.of("*项目支出名称", "专项名称<<2", "民主监督经费<<2", "项目总投资（万元）<<2", "4.15<<2"));
        rows.add(List.of("^", "支出方向名称（子项目）<<2", "民主监督<<2", "其中：财政拨款<<2", "4.15<<2"));
        rows.add(List.of("项目总实施期：长期<<3", "……<<3", "<<3"));
        rows.add(List.of("*年度项目资金\n（万元）", "年度资金总额<<2", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分（分值× 执行率）"));
        rows.add(List.of("^", "合计<<2", money.apply("2.6"), money.apply("4.15"), money.apply("4.15"), "10", "100%", "10"));
        rows.add(List.of("^", "其中：当年财政拨款<<2", money.apply("2.6"), money.apply("4.15"), "", "", "", ""));
        rows.add(List.of("^", "上年结转资金<<2", "", "", "", "", "", ""));
        rows.add(List.of("^", "其他资金<<2", "", "", "", "", "", ""));
        rows.add(List.of("*年度总体目标", "预期目标<<4", "实际完成情况<<4"));
        rows.add(List.of("^", "保障工作的正常进行实。<<4", "保障本年度工作的正常进行<<4"));
        rows.add(List.of("*绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        rows.add(List.of("^", "*产出指标(50 分)", "*数量指标", "解决 98 个重点项目问题", "50 件", "98 件", "10", "10", ""));
        rows.add(List.of("^", "^", "^", "政务服务精准高效", "11 万件", "11.8 万件", "10", "10", ""));
        rows.add(List.of("^", "^", "质量指标", "培育人才", "长期", "持续培养。", "10", "10", ""));
        rows.add(List.of("^", "^", "时效指标", "《荷塘工作》起草", "2020 年 1 月-12 月", "2020 年 1 月-12 月", "10", "10", ""));
        rows.add(List.of("^", "^", "成本指标", "成本控制数", "491.38 万元", "491.38 万元", "10", "10", ""));
        rows.add(List.of("^", "*效益指标\n（30 分）", "经济效益指标", "经济效益指标", "保护企业复工复产", "确保工厂开工，企业、个体工商户继续营业", "10", "10", ""));
        rows.add(List.of("^", "^", "社会效益指标", "广泛凝聚人心,不断增进共识", "持续履行“幸福荷塘”系列民生行动", "继续保持， 有所创新", "10", "10", ""));
        rows.add(List.of("^", "^", "生态效益指标", "无", "无", "有所提升", "10", "10", ""));
        rows.add(List.of("^", "^", "可持续影响指标", "感受到党和政府的关心和温暖", "长期", "有所提升", "10", "10", ""));
        rows.add(List.of("^", "满意度\n指标\n（10 分）", "服务对象满意度指标", "民众满意率", "95%", "95%", "10", "10", ""));
        rows.add(List.of("总分<<6", "100", "100", "等级：优"));
        return rows;
    }
}
