package com.perfdash.ingest.demo;

import static com.perfdash.ingest.demo.Amounts.money;

import com.perfdash.ingest.demo.ReportDraft.Goal;
import com.perfdash.ingest.demo.ReportDraft.Indicator;
import com.perfdash.ingest.demo.ReportDraft.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's prose, assembled from templates with the unit's name and the figures of the report it
 * belongs to: the income and expenditure sentences, the performance and project paragraphs, the
 * problems paragraph, goals and deviation notes. Plain concatenation, never locale-dependent formatting.
 */
final class Narratives {

    private static final List<String> PARTY_LEADS = List.of(
            "坚持政治引领，服务大局能力进一步增强", "强化统筹协调，重点工作落实进一步有力",
            "加强队伍建设，干部能力素质进一步提升", "狠抓作风建设，机关运转效能进一步提高",
            "坚持问题导向，督促落实力度进一步加大", "注重调查研究，决策参谋水平进一步提升");
    private static final List<String> GOVERNMENT_LEADS = List.of(
            "聚焦主责主业，重点任务稳步推进", "深化改革创新，服务效能持续提升",
            "强化监督管理，行业秩序不断规范", "坚持民生优先，群众获得感持续增强",
            "加强资金管理，财政资金使用效益进一步提高", "优化营商环境，发展活力不断释放");
    private static final List<String> STREET_LEADS = List.of(
            "聚焦基层治理，社区服务能力持续增强", "抓实城市管理，辖区环境面貌明显改善",
            "守牢安全底线，辖区社会大局和谐稳定", "办好民生实事，群众幸福感不断提升",
            "服务经济发展，辖区企业发展环境持续优化", "加强党建引领，基层战斗堡垒作用充分发挥");
    private static final List<String> INSTITUTION_LEADS = List.of(
            "立足职能定位，公共服务水平不断提升", "推进规范化建设，内部管理更加严格",
            "加强能力建设，业务水平稳步提高", "创新服务方式，服务对象满意度持续提升",
            "强化安全管理，各项工作平稳有序");
    private static final List<String> MASS_LEADS = List.of(
            "坚持思想引领，团结凝聚作用有效发挥", "聚焦服务主业，维权帮扶工作扎实开展",
            "丰富活动载体，组织吸引力不断增强", "加强自身建设，组织活力持续激发",
            "服务中心大局，积极投身全区重点工作");

    private static final List<String> PROBLEMS = List.of(
            "预算编制不够精细，年中追加调整较多", "绩效目标设置不够科学，部分指标量化程度不高",
            "部分项目前期准备不足，资金支出进度偏慢", "绩效自评重形式、轻结果，评价结果运用不够充分",
            "财务管理人员业务水平有待提高", "部分项目支出未严格按预算执行，存在调剂使用情况",
            "资产管理基础工作较为薄弱", "行政运行经费安排不均衡，部分工作因无预算占用运转经费");
    private static final List<String> MEASURES = List.of(
            "加强预算编制的科学性和准确性，提高年初预算到位率", "进一步完善绩效目标和指标体系，提高指标的可衡量性",
            "加快项目实施进度，及时跟踪资金使用情况", "强化绩效评价结果运用，将评价结果与下年度预算安排挂钩",
            "加强财务人员业务培训，提升预算绩效管理水平", "严格执行预算，规范资金使用",
            "合理安排预算支出计划，最大限度发挥财政资金使用效能");

    private static final List<String> MISS_REASONS = List.of(
            "受项目前期手续办理周期较长影响", "部分工作因上级政策调整有所延后", "受天气等客观因素影响",
            "因人员变动，部分工作推进较慢", "部分资金年底才下达");
    private static final String PANDEMIC_REASON = "受新冠肺炎疫情影响";
    private static final List<String> MISS_MEASURES = List.of(
            "加强统筹调度，倒排工期，确保按期完成", "提前谋划年度工作，加快推进进度",
            "加强与相关部门的沟通协调", "完善工作台账，强化过程监控");
    private static final List<String> WEAKNESSES = List.of(
            "工作完成质量仍有提升空间，下一步将进一步规范工作流程",
            "资料台账不够规范，下一步将完善台账管理",
            "部分工作创新不足，下一步将学习借鉴先进经验",
            "宣传形式较为单一，下一步将丰富宣传载体",
            "统计数据报送不够及时，下一步将明确专人负责",
            "工作方式方法有待改进，下一步将加强业务学习");

    private Narratives() {}

    static String yearTheme(int year) {
        return switch (year) {
            case 2016, 2017 -> "深入推进“两学一做”学习教育常态化制度化";
            case 2018 -> "认真落实机构改革各项部署";
            case 2019 -> "深入开展“不忘初心、牢记使命”主题教育";
            case 2020 -> "统筹推进疫情防控和经济社会发展";
            case 2021 -> "扎实开展党史学习教育";
            case 2022 -> "高效统筹疫情防控和经济社会发展";
            case 2023 -> "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育";
            case 2024 -> "扎实开展党纪学习教育";
            default -> "坚持稳中求进工作总基调";
        };
    }

    private static List<String> leads(Category category) {
        return switch (category) {
            case PARTY -> PARTY_LEADS;
            case GOVERNMENT -> GOVERNMENT_LEADS;
            case STREET_TOWN -> STREET_LEADS;
            case INSTITUTION -> INSTITUTION_LEADS;
            case MASS_ORGANISATION -> MASS_LEADS;
        };
    }

    /** The income sentence as the report states it; a part the report leaves out is not mentioned. */
    static String incomeText(ReportDraft r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.year).append(" 年度预算收入 ").append(money(r.incomeTotal)).append(" 万元，其中年初预算 ")
                .append(money(r.incomeInitial)).append(" 万元，调整追加 ").append(money(r.incomeAdjustment)).append(" 万元");
        if (r.incomeCarryover != null) {
            sb.append("，上年结转 ").append(money(r.incomeCarryover)).append(" 万元");
        }
        return sb.append("。其他资金来源 ").append(money(r.incomeOther)).append(" 万元。").toString();
    }

    static String expenditureText(ReportDraft r) {
        return r.year + " 年度支出 " + money(r.expenditureTotal) + " 万元，其中基本支出 " + money(r.expenditureBasic)
                + " 万元，项目支出 " + money(r.expenditureProject) + " 万元，结余结转 " + money(r.expenditureBalance) + " 万元。";
    }

    /** 整体支出绩效情况: the year's theme, the unit's figures and three points backed by its indicators. */
    static String performance(ReportDraft r, Dice dice) {
        UnitProfile p = r.profile;
        StringBuilder sb = new StringBuilder();
        sb.append(r.year).append("年度，").append(p.unit.shortName()).append("在区委、区政府的坚强领导下，")
                .append(yearTheme(r.year)).append("，紧紧围绕年度目标任务，认真履行部门职责，各项工作取得积极成效。全年预算收入")
                .append(money(r.incomeTotal)).append("万元，实际支出").append(money(r.trueExecuted))
                .append("万元，预算执行率").append(Amounts.points(r.trueRatePct)).append("%。");
        List<Indicator> facts = new ArrayList<>();
        for (Indicator i : r.unitTable().indicators) {
            if (i.level2 == Level2.QUANTITY || i.level2 == Level2.QUALITY && i.template.isQuantity()) {
                facts.add(i);
            }
        }
        List<String> leads = dice.sample(leads(p.unit.category()), 3);
        String[] ordinals = {"一是", "二是", "三是"};
        for (int k = 0; k < leads.size(); k++) {
            sb.append(ordinals[k]).append(leads.get(k)).append("。");
            if (k < facts.size()) {
                Indicator f = facts.get(k);
                sb.append(f.level2 == Level2.QUANTITY ? "全年" + f.level3 + f.actual : f.level3 + "达到" + f.actual)
                        .append("，").append(dice.pickOf("较好完成年度目标", "圆满完成年度任务", "工作成效明显", "各项工作有序推进"))
                        .append("。");
            }
        }
        return sb.toString();
    }

    /** 项目支出绩效情况: the two project groups' sums, then what the main projects achieved. */
    static String projectPerformance(ReportDraft r, Dice dice) {
        List<Project> initial = r.projects.stream().filter(x -> !x.midyear).toList();
        List<Project> midyear = r.projects.stream().filter(x -> x.midyear).toList();
        BigDecimal initialBudget = Amounts.sum(initial.stream().map(x -> x.budget).toArray(BigDecimal[]::new));
        StringBuilder sb = new StringBuilder();
        sb.append("1. 年初预算项目").append(initial.size()).append("个，预算金额").append(money(initialBudget))
                .append("万元，年中执行调增").append(money(r.initialProjectsAdjustment)).append("万元，实际支出")
                .append(money(r.initialProjectsActual)).append("万元，结余结转").append(money(r.initialProjectsCarryover))
                .append("万元。");
        if (midyear.isEmpty()) {
            sb.append("2. 年中追加项目无，金额 0 万元，实际支出 0 万元，结余结转 0 万元。");
        } else {
            sb.append("2. 年中追加项目").append(midyear.size()).append("个，金额").append(money(r.midyearProjectsBudget))
                    .append("万元，实际支出").append(money(r.midyearProjectsActual)).append("万元，结余结转")
                    .append(money(r.midyearProjectsCarryover)).append("万元。");
        }
        sb.append("主要项目实施情况如下：");
        List<Project> main = r.projects.stream()
                .sorted((a, b) -> b.actual.compareTo(a.actual))
                .limit(3)
                .toList();
        for (int k = 0; k < main.size(); k++) {
            Project x = main.get(k);
            sb.append("（").append(k + 1).append("）").append(x.name).append("，项目支出").append(money(x.actual))
                    .append("万元，").append(x.purpose, 0, x.purpose.length() - 1).append("，")
                    .append(x.template.type().outcome).append(k == main.size() - 1 ? "。" : "；");
        }
        if (dice.chance(0.3)) {
            sb.append("各项目均按照预算批复用途使用资金，未发现挤占挪用情况。");
        }
        return sb.toString();
    }

    static String problems(ReportDraft r, Dice dice) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.year).append("年度绩效管理工作取得了一定成效，但仍存在一些不足：");
        List<String> problems = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        if (r.laggard) {
            problems.add("预算执行进度偏慢，全年预算执行率仅为" + Amounts.points(r.trueRatePct) + "%，部分项目资金未能按期支出");
            measures.add("建立预算执行进度通报制度，确保资金按序时进度支出");
        }
        problems.addAll(dice.sample(PROBLEMS, dice.between(1, 2)));
        measures.addAll(dice.sample(MEASURES, dice.between(1, 2)));
        for (int k = 0; k < problems.size(); k++) {
            sb.append(k == 0 ? "" : "；").append(chineseOrdinal(k)).append(problems.get(k));
        }
        sb.append("。下一步，将");
        for (int k = 0; k < measures.size(); k++) {
            sb.append(k == 0 ? "" : "；").append(measures.get(k));
        }
        return sb.append("。").toString();
    }

    private static String chineseOrdinal(int k) {
        return switch (k) {
            case 0 -> "一是";
            case 1 -> "二是";
            default -> "三是";
        };
    }

    static List<Goal> unitGoals(ReportDraft r, Dice dice) {
        String shortName = r.profile.unit.shortName();
        List<Goal> pool = List.of(
                new Goal("全面履行" + shortName + "职能职责，保障各项工作有序开展。", "各项职能职责有效履行，年度重点工作任务按期完成。"),
                new Goal("财政供养人员控制在核定编制以内，“三公”经费只减不增。", "人员控制在编制以内，“三公”经费较上年有所下降。"),
                new Goal("全年预算支出控制在" + money(r.incomeTotal) + "万元以内，预算执行率达到90%以上。",
                        "全年支出" + money(r.trueExecuted) + "万元，预算执行率" + Amounts.points(r.trueRatePct) + "%。"),
                new Goal("加强预算绩效管理，提高财政资金使用效益。", "按时完成年度绩效自评，资金使用效益有所提高。"));
        return dice.sample(pool, dice.between(1, 3));
    }

    static List<Goal> projectGoals(Project x, ProjectType type, Dice dice) {
        List<Goal> pool = List.of(
                new Goal("按计划完成" + x.name + "各项任务。", x.name + "年度任务基本完成，实际支出" + money(x.actual) + "万元。"),
                new Goal("资金专款专用，支出规范。", "资金使用合规，未发现挤占挪用。"),
                new Goal("提升" + type.direction + "工作成效。", type.outcome + "。"));
        return dice.sample(pool, dice.between(1, 2));
    }

    /** 偏差原因分析及改进措施 of a row whose actual fell short. */
    static String missNote(Indicator i, int year, Dice dice) {
        String reason = year >= 2020 && year <= 2022 && dice.chance(0.4) ? PANDEMIC_REASON : dice.pick(MISS_REASONS);
        return reason + "，" + i.level3 + "未达到年度目标。下一步将" + dice.pick(MISS_MEASURES) + "。";
    }

    /** 偏差原因分析及改进措施 of a row that met its target but was marked down. */
    static String weaknessNote(Indicator i, Dice dice) {
        if (i.level2 == Level2.SATISFACTION) {
            return "个别服务对象对办理时效提出意见，下一步将优化服务流程，提高服务效率。";
        }
        if (!i.template.isQuantity() && i.level2.level1 == Level2.Level1.BENEFIT) {
            return "成效尚不明显，下一步将持续跟踪，巩固工作成效。";
        }
        return dice.pick(WEAKNESSES) + "。";
    }
}
