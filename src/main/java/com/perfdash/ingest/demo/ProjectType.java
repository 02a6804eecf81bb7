package com.perfdash.ingest.demo;

import java.util.List;

/**
 * What a project spends on, which decides its 支出方向, the indicators its project table uses and how
 * the report's text sums it up. The pools are separate from the whole-unit table's, so a project row
 * equals a unit row only where a report copied it.
 */
enum ProjectType {
    INFO("信息化建设", "系统运行稳定，业务办理效率明显提升",
            q("运维信息系统|C|个|2|8", "采购信息化设备|C|台|10|60", "完成系统功能模块开发|C|个|3|10"),
            q("系统正常运行率|P|>=|98", "设备验收合格率|P|=|100", "数据安全事故|L|起|0"),
            q("系统故障响应时间|L|小时|2", "项目完成及时率|P|>=|95"),
            q("降低行政运行成本|Q|有所降低|有所降低,明显降低"),
            q("提升业务办理效率|Q|有所提升|有所提升,明显提升", "数据共享水平|Q|逐步提高|逐步提高,明显提高"),
            q("减少纸质材料使用|Q|有所减少|有所减少,明显减少"),
            q("信息系统持续稳定运行|Q|长期|长期,持续发挥作用"),
            q("系统使用人员满意度|P|>=|90")),
    PUBLICITY("宣传教育", "宣传覆盖面不断扩大，社会氛围持续向好",
            q("开展宣传活动|C|场|10|40", "发布宣传稿件|C|篇|50|300", "印发宣传资料|C|份|2000|10000"),
            q("宣传覆盖率|P|>=|90", "稿件刊发合格率|P|=|100"),
            q("宣传活动按时开展率|P|=|100", "宣传工作周期|T"),
            q(),
            q("社会知晓率|P|>=|85", "正面舆论氛围|Q|持续增强|持续增强,明显增强"),
            q(),
            q("宣传长效机制|Q|长期|长期,逐步建立"),
            q("受众满意度|P|>=|90")),
    TRAINING("教育培训", "参训人员业务能力得到提升",
            q("举办培训班|C|期|4|15", "培训人员|C|人次|200|1500"),
            q("培训考核合格率|P|>=|95", "参训率|P|>=|95"),
            q("培训计划完成及时率|P|=|100", "培训实施周期|T"),
            q(),
            q("参训人员履职能力|Q|有所提升|有所提升,明显提升"),
            q(),
            q("培训成果转化|Q|长期|长期,持续发挥作用"),
            q("参训人员满意度|P|>=|90")),
    SUBSIDY("补助发放", "补助资金足额发放，保障对象基本需求得到满足",
            q("补助对象|C|人次|200|3000", "覆盖户数|C|户|100|1500"),
            q("补助发放准确率|P|=|100", "补助对象识别准确率|P|>=|98"),
            q("资金拨付及时率|P|=|100", "补助发放时间|X|按月发放"),
            q("减轻补助对象经济负担|Q|有效减轻|有效减轻,明显减轻"),
            q("保障对象基本生活|Q|有效保障|有效保障,得到保障"),
            q(),
            q("保障政策持续实施|Q|长期|长期"),
            q("受益对象满意度|P|>=|90")),
    CONSTRUCTION("基础设施建设", "工程按期完工并投入使用",
            q("完成改造面积|C|平方米|2000|30000", "完成建设项目|C|个|3|15", "维修道路|C|公里|2|15"),
            q("工程验收合格率|P|=|100", "安全生产事故|L|起|0"),
            q("工程按期完工率|P|>=|95", "工程建设周期|T"),
            q("带动社会投资|Q|有所带动|有所带动,明显带动"),
            q("改善群众生产生活条件|Q|明显改善|明显改善,有所改善"),
            q("周边人居环境|Q|有所改善|有所改善,明显改善"),
            q("设施使用年限|G|年|10|20"),
            q("周边群众满意度|P|>=|90")),
    INSPECTION("监督检查", "发现问题及时整改，监管效能进一步提升",
            q("开展专项检查|C|次|6|30", "检查单位|C|家|30|300", "办结案件|C|件|20|200"),
            q("问题整改率|P|>=|95", "案件办结率|P|>=|95"),
            q("问题整改及时率|P|>=|90", "检查工作周期|T"),
            q("规范资金使用|Q|进一步规范|进一步规范"),
            q("违规问题发生率|Q|有所下降|有所下降,明显下降"),
            q(),
            q("监督长效机制|Q|长期|长期,逐步完善"),
            q("被检查单位满意度|P|>=|85")),
    OPERATION("运行保障", "保障有力，相关工作运转顺畅",
            q("保障会议活动|C|次|10|60", "保障工作人员|C|人|10|80", "完成专项工作任务|C|项|3|12"),
            q("保障工作差错率|P|<=|1", "任务完成率|P|=|100"),
            q("工作完成及时率|P|>=|95", "保障工作周期|T"),
            q("降低运行成本|Q|有所降低|有所降低"),
            q("保障工作正常运转|Q|正常运转|正常运转,运转顺畅"),
            q(),
            q("工作机制持续运行|Q|长期|长期"),
            q("保障对象满意度|P|>=|90")),
    EVENT("文体活动", "活动参与面广，群众反响良好",
            q("开展活动|C|场|10|60", "参与群众|C|人次|1000|20000"),
            q("活动计划完成率|P|=|100"),
            q("活动按期开展率|P|>=|95", "活动开展周期|T"),
            q(),
            q("群众参与度|Q|有所提高|有所提高,明显提高", "活动社会影响力|Q|持续扩大|持续扩大"),
            q(),
            q("品牌活动持续开展|Q|长期|长期"),
            q("参与群众满意度|P|>=|90")),
    ARCHIVE("编纂整理", "资料收集整理有序，成果按期完成",
            q("编纂出版|C|册|1|3", "整理档案资料|C|卷|500|5000", "征集史料|C|件|50|400"),
            q("资料收录准确率|P|>=|98", "出版物质量合格率|P|=|100"),
            q("按期出版发行|X|年内完成", "编纂工作周期|T"),
            q(),
            q("历史资料保存利用|Q|有效保存|有效保存,得到利用"),
            q(),
            q("资料长期保存|Q|长期|长期"),
            q("查阅利用者满意度|P|>=|90")),
    ENVIRONMENT("环境整治", "环境面貌明显改善",
            q("清扫保洁面积|B|万平方米|50|300", "清运垃圾|C|吨|2000|30000", "整治点位|C|处|20|150"),
            q("保洁质量达标率|P|>=|95", "垃圾无害化处理率|P|=|100"),
            q("垃圾清运时效|X|日产日清"),
            q(),
            q("市容环境|Q|明显改善|明显改善,有所改善"),
            q("生态环境质量|Q|持续改善|持续改善,明显改善", "生活垃圾减量|Q|有所减少|有所减少"),
            q("长效管护机制|Q|长期|长期"),
            q("居民满意度|P|>=|90")),
    COMMUNITY("基层治理", "基层治理水平稳步提升",
            q("支持社区治理项目|C|个|5|30", "培育社会组织|C|家|3|20", "开展社区服务活动|C|场|20|150"),
            q("项目实施完成率|P|>=|95"),
            q("资金拨付及时率|P|=|100"),
            q(),
            q("社区治理水平|Q|有所提升|有所提升,明显提升", "矛盾纠纷就地化解率|P|>=|90"),
            q(),
            q("社区治理长效机制|Q|长期|长期,逐步建立"),
            q("社区居民满意度|P|>=|90"));

    final String direction;
    final String outcome;
    final List<IndicatorTemplate> quantity;
    final List<IndicatorTemplate> quality;
    final List<IndicatorTemplate> timeliness;
    final List<IndicatorTemplate> economic;
    final List<IndicatorTemplate> social;
    final List<IndicatorTemplate> ecological;
    final List<IndicatorTemplate> sustainability;
    final List<IndicatorTemplate> satisfaction;

    ProjectType(String direction, String outcome, List<IndicatorTemplate> quantity, List<IndicatorTemplate> quality,
                List<IndicatorTemplate> timeliness, List<IndicatorTemplate> economic, List<IndicatorTemplate> social,
                List<IndicatorTemplate> ecological, List<IndicatorTemplate> sustainability,
                List<IndicatorTemplate> satisfaction) {
        this.direction = direction;
        this.outcome = outcome;
        this.quantity = quantity;
        this.quality = quality;
        this.timeliness = timeliness;
        this.economic = economic;
        this.social = social;
        this.ecological = ecological;
        this.sustainability = sustainability;
        this.satisfaction = satisfaction;
    }

    List<IndicatorTemplate> pool(Level2 level2) {
        return switch (level2) {
            case QUANTITY -> quantity;
            case QUALITY -> quality;
            case TIMELINESS -> timeliness;
            case COST -> List.of();
            case ECONOMIC -> economic;
            case SOCIAL -> social;
            case ECOLOGICAL -> ecological;
            case SUSTAINABILITY -> sustainability;
            case SATISFACTION -> satisfaction;
        };
    }

    private static List<IndicatorTemplate> q(String... specs) {
        return IndicatorTemplate.parseAll(specs);
    }
}
