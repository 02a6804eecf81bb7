package com.perfdash.ingest.demo;

import java.util.List;

/**
 * A unit category (单位类别) with what differs by category: how much of the budget goes to projects, how
 * often other funds appear, and the benefit and satisfaction indicators of the whole-unit table.
 */
enum Category {
    PARTY("党委部门", 0.10, 0.26, 0.10,
            List.of("广泛凝聚人心，不断增进共识|Q|持续提升|持续提升,有所提升",
                    "党的建设质量|Q|有所提升|有所提升,明显提升",
                    "全面从严治党成效|Q|持续巩固|持续巩固,不断巩固"),
            List.of("服务对象满意度|P|>=|90", "民众满意率|P|>=|95")),
    GOVERNMENT("政府部门", 0.18, 0.42, 0.15,
            List.of("公共服务水平|Q|有所提升|有所提升,明显提升",
                    "群众办事便利度|Q|有所提升|有所提升,明显提升",
                    "社会大局|Q|和谐稳定|和谐稳定,持续稳定",
                    "优化营商环境|Q|有所提升|有所提升,持续优化"),
            List.of("服务对象满意度|P|>=|90", "群众满意率|P|>=|95", "企业满意度|P|>=|90")),
    STREET_TOWN("街道/镇", 0.28, 0.48, 0.60,
            List.of("辖区社会大局|Q|和谐稳定|和谐稳定,持续稳定",
                    "基层治理水平|Q|有所提升|有所提升,明显提升",
                    "居民群众获得感|Q|有所增强|有所增强,明显增强"),
            List.of("辖区居民满意度|P|>=|90", "群众满意率|P|>=|95")),
    INSTITUTION("事业单位", 0.10, 0.30, 0.25,
            List.of("公共服务能力|Q|有所提升|有所提升,明显提升",
                    "社会影响力|Q|有所扩大|有所扩大,持续扩大"),
            List.of("服务对象满意度|P|>=|90", "服务群众满意率|P|>=|95")),
    MASS_ORGANISATION("群团组织", 0.15, 0.35, 0.20,
            List.of("服务群众能力|Q|有所增强|有所增强,明显增强",
                    "团结凝聚作用|Q|有效发挥|有效发挥,充分发挥"),
            List.of("服务对象满意度|P|>=|90", "会员群众满意度|P|>=|90"));

    /** The whole-unit table's pools shared by every category. */
    static final List<IndicatorTemplate> UNIT_QUALITY = IndicatorTemplate.parseAll(
            "重点工作任务完成率|P|=|100", "公文处理差错率|P|<=|1", "预决算信息公开率|P|=|100",
            "政府采购执行率|P|>=|95", "固定资产账实相符率|P|=|100",
            "“三公”经费控制|Q|只减不增|较上年减少,只减不增", "信息报送采用率|P|>=|90");
    static final List<IndicatorTemplate> UNIT_TIMELINESS = IndicatorTemplate.parseAll(
            "重点工作完成时限|T", "资金支付及时率|P|>=|95", "按时按质完成|T",
            "预算执行进度|X|按序时进度执行", "决算报送及时性|X|按时报送");
    static final List<IndicatorTemplate> UNIT_ECONOMIC = IndicatorTemplate.parseAll(
            "节约行政运行成本|Q|有所降低|有所降低,明显降低", "促进区域经济发展|Q|持续推动|持续推动,有力推动",
            "保障经费合理使用|Q|有效保障|有效保障,合理使用");
    static final List<IndicatorTemplate> UNIT_ECOLOGICAL = IndicatorTemplate.parseAll(
            "节能降耗|Q|有所下降|有所下降,明显下降", "无纸化办公推进|Q|持续推进|持续推进,有所推进",
            "生态环境保护|Q|持续改善|持续改善,明显改善");
    static final List<IndicatorTemplate> UNIT_SUSTAINABILITY = IndicatorTemplate.parseAll(
            "长效工作机制|Q|长期|长期,逐步健全", "干部队伍能力建设|Q|持续加强|持续加强,有所加强",
            "制度体系建设|Q|不断完善|不断完善,逐步完善");

    final String label;
    /** The share of the full-year budget that goes to projects, drawn once per unit from this range. */
    final double projectShareMin;
    final double projectShareMax;
    /** How likely a unit of this category has 其他资金 besides appropriations. */
    final double otherFundsChance;
    final List<IndicatorTemplate> social;
    final List<IndicatorTemplate> satisfaction;

    Category(String label, double projectShareMin, double projectShareMax, double otherFundsChance,
             List<String> social, List<String> satisfaction) {
        this.label = label;
        this.projectShareMin = projectShareMin;
        this.projectShareMax = projectShareMax;
        this.otherFundsChance = otherFundsChance;
        this.social = IndicatorTemplate.parseAll(social.toArray(String[]::new));
        this.satisfaction = IndicatorTemplate.parseAll(satisfaction.toArray(String[]::new));
    }

    /** The whole-unit table's pool for one 二级指标; quantity and cost come from the unit itself. */
    List<IndicatorTemplate> unitPool(Level2 level2) {
        return switch (level2) {
            case QUALITY -> UNIT_QUALITY;
            case TIMELINESS -> UNIT_TIMELINESS;
            case ECONOMIC -> UNIT_ECONOMIC;
            case SOCIAL -> social;
            case ECOLOGICAL -> UNIT_ECOLOGICAL;
            case SUSTAINABILITY -> UNIT_SUSTAINABILITY;
            case SATISFACTION -> satisfaction;
            case QUANTITY, COST -> List.of();
        };
    }
}
