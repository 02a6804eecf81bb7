package com.perfdash.ingest.demo;

import static com.perfdash.ingest.demo.Category.GOVERNMENT;
import static com.perfdash.ingest.demo.Category.INSTITUTION;
import static com.perfdash.ingest.demo.Category.MASS_ORGANISATION;
import static com.perfdash.ingest.demo.Category.PARTY;
import static com.perfdash.ingest.demo.Category.STREET_TOWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fictional district 青禾区: its named units, each with its duties, the work its whole-unit table
 * counts, and the catalogue of projects its reports draw from year after year. Units beyond the named
 * ones (for large data sets) are numbered 示范单位 that borrow the content of a named unit of their
 * category.
 */
final class DistrictCatalog {

    static final String DISTRICT = "青禾区";

    /** First-year budget range of a unit, 万元; budgets then grow 3–8 % a year with some cuts. */
    enum Size {
        SMALL(300, 700),
        MEDIUM(800, 2000),
        LARGE(2200, 6000),
        HUGE(8500, 11000);

        final int min;
        final int max;

        Size(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    /**
     * A project a unit runs, possibly for many years. {@code names} holds the usual name first and the
     * variants a report sometimes writes; {@code yearPrefixed} projects are often written with the year
     * in front ("2021年社区治理专项经费"). {@code weight} is its relative size within the unit's projects.
     */
    record ProjectTemplate(List<String> names, ProjectType type, int weight, boolean core, boolean yearPrefixed,
                           int fromYear, int toYear, String purpose) {

        boolean activeIn(int year) {
            return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
        }

        /** Notation: {@code 名称[/别名]|TYPE|weight|flags(c=core, y=year prefix)|years(2019-, -2020, 2019-2021, -)|purpose}. */
        static ProjectTemplate parse(String spec) {
            String[] f = spec.split("\\|", -1);
            String years = f[4];
            int from = 0;
            int to = 0;
            if (!years.equals("-")) {
                String[] range = years.split("-", -1);
                from = range[0].isEmpty() ? 0 : Integer.parseInt(range[0]);
                to = range[1].isEmpty() ? 0 : Integer.parseInt(range[1]);
            }
            return new ProjectTemplate(Arrays.asList(f[0].split("/")), ProjectType.valueOf(f[1]),
                    Integer.parseInt(f[2]), f[3].contains("c"), f[3].contains("y"), from, to, f[5]);
        }
    }

    /** A unit of the district. {@code firstYear}/{@code lastYear} are 0 when it reports every year. */
    record NamedUnit(String code, String name, String shortName, Category category, Size size, int firstYear,
                     int lastYear, List<String> duties, List<IndicatorTemplate> work, List<ProjectTemplate> projects) {

        boolean reportsIn(int year) {
            return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear);
        }
    }

    /**
     * Projects a report's tables may evaluate although its text does not list them (a defect): small
     * pass-through funds a unit receives and forgets to mention.
     */
    static final List<ProjectTemplate> UNLISTED_PROJECTS = List.of(
            ProjectTemplate.parse("民主监督经费|OPERATION|5|-|-|民主监督工作的组织开展"),
            ProjectTemplate.parse("党风廉政建设专项经费|PUBLICITY|5|-|-|党风廉政宣传教育和廉政谈话"),
            ProjectTemplate.parse("工会经费补助|SUBSIDY|5|-|-|单位工会开展职工活动"),
            ProjectTemplate.parse("驻村帮扶工作经费|SUBSIDY|5|-|-|驻村工作队开展帮扶工作"),
            ProjectTemplate.parse("文明单位创建经费|EVENT|5|-|-|文明单位创建和志愿服务活动"));

    // Declared before NAMED, which uses them while the class initialises.
    private static final List<String> STREET_DUTIES = List.of(
            "贯彻执行党和国家的路线方针政策和上级决策部署，统筹辖区经济社会发展。",
            "负责辖区城市管理、环境卫生和市容秩序工作。",
            "负责辖区社区建设和基层治理，指导居（村）民委员会工作。",
            "负责辖区社会治安综合治理、矛盾纠纷调处和信访维稳工作。",
            "负责辖区民政、残联、就业和社会保障等公共服务工作。",
            "负责辖区安全生产、消防安全和防灾减灾工作。",
            "负责辖区卫生健康和爱国卫生工作。",
            "负责辖区退役军人服务保障工作。",
            "负责辖区经济发展、招商引资和企业服务工作。",
            "负责辖区生态环境保护和河长制工作。",
            "完成区委、区政府交办的其他工作。");

    private static final String TOWN_DUTY = "负责辖区农业农村、乡村振兴和农田水利工作。";

    private static final List<String> STREET_WORK = List.of(
            "调处矛盾纠纷|C|件|100|400", "开展安全生产检查|C|次|100|300", "开展志愿服务活动|C|场|50|200",
            "完成人居环境整治点位|C|处|20|80", "走访服务辖区企业|C|家|50|200");

    private static final List<String> STREET_PROJECTS = List.of(
            "社区治理专项经费/社区治理专项资金|COMMUNITY|150|cy|-|社区服务项目、社区协商议事和居民自治",
            "环境卫生保洁经费|ENVIRONMENT|300|c|-|辖区背街小巷保洁和垃圾收集转运",
            "社区工作者薪酬补助|SUBSIDY|400|c|-|社区工作者基本报酬、绩效和社会保险",
            "综治维稳工作经费|INSPECTION|60|c|-|综治中心运行、矛盾纠纷排查和重点人员稳控",
            "老旧小区改造配套经费|CONSTRUCTION|300|-|2019-|老旧小区改造居民协调和附属设施配套",
            "党群服务中心运行经费|OPERATION|80|c|-|街道和社区党群服务中心日常运行",
            "疫情防控工作经费|OPERATION|150|y|2020-2022|疫情防控卡点值守、物资和社区排查",
            "文明创建工作经费|EVENT|60|-|-|文明城市创建点位整治和志愿服务",
            "网格化管理经费|COMMUNITY|100|-|2018-|网格员补贴和网格事件办理");

    private static final List<String> TOWN_PROJECTS = List.of(
            "农村人居环境整治经费|ENVIRONMENT|250|cy|-|农村生活垃圾治理、厕所革命和村庄清洁行动",
            "村级运转经费|SUBSIDY|300|c|-|村级组织办公经费和村干部报酬",
            "农田水利设施维修经费|CONSTRUCTION|200|c|-|山塘、渠道和机耕道维修",
            "乡村振兴示范村建设经费|CONSTRUCTION|400|y|2021-|乡村振兴示范村基础设施和产业配套",
            "精准扶贫工作经费|SUBSIDY|150|-|-2020|建档立卡贫困户帮扶和驻村工作",
            "森林防火经费|ENVIRONMENT|40|c|-|森林防火巡护和扑火物资储备",
            "河长制工作经费|ENVIRONMENT|50|-|2017-|河道巡查、保洁和河长制公示牌维护",
            "综治维稳工作经费|INSPECTION|50|c|-|综治中心运行、矛盾纠纷排查和重点人员稳控",
            "党群服务中心运行经费|OPERATION|60|-|-|镇村党群服务中心日常运行");

    static final List<NamedUnit> NAMED = List.of(
            unit("qh-quweiban", "青禾区委办公室", "区委办", PARTY, Size.SMALL, 0, 0,
                    duties("负责及时、准确、全面地向上级党委报送信息，反映有关动态。",
                            "负责区委重大决策部署和领导同志批示贯彻落实情况的督促检查。",
                            "负责区委文件的起草、审核、印发工作，负责区委日常文书处理和档案管理工作。",
                            "研究、审核各部门、各街道（镇）党组织向区委的请示和报告，提出处理意见。",
                            "负责区委会议的准备和组织协调工作。",
                            "负责区委的值班联络和机要通信工作，确保联络畅通、准确安全。",
                            "负责全区保密工作的统筹协调和监督检查。",
                            "负责指导全区党委系统办公室业务工作。",
                            "负责全区党史研究、地方志编纂的统筹协调工作。",
                            "完成区委交办的其他工作。"),
                    work("编发《青禾信息》|C|期|40|60", "开展督查督办|C|次|20|40", "办理区委文件|C|件|150|260",
                            "召开区委常委会会议|C|次|20|30", "组织保密检查|C|次|2|6"),
                    projects("《青禾年鉴》编纂发行经费/《青禾年鉴》编纂经费|ARCHIVE|9|c|-|《青禾年鉴》的资料征集、编纂、印刷及公开出版发行",
                            "全面深化改革专项经费|OPERATION|21|c|-|全面深化改革各项任务的统筹协调、调研论证和督促落实",
                            "区委机要专项经费|OPERATION|9|c|-|机要通信设备运行维护和密码保障",
                            "党史研究专项经费|ARCHIVE|5|c|-|区内党史资料的征集、整理、编撰和党史宣传教育",
                            "督查督办工作经费|INSPECTION|8|c|-|围绕区委重大决策部署开展专项督查和跟踪问效",
                            "保密工作经费|INSPECTION|6|-|-|保密宣传教育、保密检查及涉密载体集中销毁",
                            "区委中心工作经费|OPERATION|30|c|-|围绕区委中心工作开展调查研究和重大课题组织实施",
                            "小康创建巩固专项经费|EVENT|5|-|-2020|小康社会创建成果巩固的统筹协调和宣传",
                            "党史学习教育专项经费|PUBLICITY|12|y|2021-2021|党史学习教育的组织实施、宣传和资料编印")),
            unit("qh-zuzhibu", "青禾区委组织部", "区委组织部", PARTY, Size.SMALL, 0, 0,
                    duties("贯彻执行党的组织路线，研究和指导全区党的组织建设。",
                            "负责全区基层党组织建设和党员队伍建设工作。",
                            "负责区管干部的考察、任免、调配和日常管理工作。",
                            "负责全区干部教育培训的规划和组织实施。",
                            "负责全区人才工作的统筹规划和协调服务。",
                            "负责全区公务员队伍的综合管理工作。",
                            "负责党员的教育管理和党费收缴、使用、管理工作。",
                            "负责老干部工作的政策指导和服务保障。",
                            "负责干部监督和选人用人工作的监督检查。",
                            "完成区委交办的其他工作。"),
                    work("举办干部培训班|C|期|8|16", "培训干部|C|人次|800|2000", "发展党员|C|名|60|120",
                            "整顿软弱涣散基层党组织|C|个|5|12", "引进各类人才|C|名|30|80"),
                    projects("干部教育培训经费|TRAINING|40|c|-|干部主体班次、专题培训和网络学习",
                            "基层党建工作经费|COMMUNITY|60|cy|-|基层党组织标准化建设和党员活动阵地建设",
                            "人才引进专项经费|SUBSIDY|50|c|-|高层次人才引进补贴和人才公寓保障",
                            "远程教育站点运维经费|INFO|12|-|-|党员远程教育站点设备运维和平台维护",
                            "党员教育管理经费|TRAINING|15|c|-|党员集中轮训、“三会一课”指导和党员教育片制作",
                            "老干部活动经费|EVENT|20|c|-|离退休干部学习活动、走访慰问和健康体检",
                            "村（社区）干部报酬补助|SUBSIDY|120|-|-|村（社区）干部基本报酬和绩效补贴",
                            "选调生培养管理经费|TRAINING|8|-|2019-|选调生跟班学习、基层锻炼和跟踪培养")),
            unit("qh-xuanchuanbu", "青禾区委宣传部", "区委宣传部", PARTY, Size.SMALL, 0, 0,
                    duties("负责全区理论学习、研究和宣传工作，组织区委理论学习中心组学习。",
                            "负责全区意识形态工作的统筹协调和督促落实。",
                            "负责全区新闻宣传和对外宣传工作，组织重大主题宣传。",
                            "负责全区精神文明建设的规划和组织实施。",
                            "负责全区网络宣传和网络舆情引导工作。",
                            "负责全区文化事业、文化产业发展的指导协调。",
                            "负责新时代文明实践中心（所、站）建设的统筹推进。",
                            "完成区委交办的其他工作。"),
                    work("组织理论中心组学习|C|次|10|16", "在市级以上媒体发稿|C|篇|150|400", "开展理论宣讲|C|场|60|150",
                            "开展文明实践志愿服务活动|C|场|200|600"),
                    projects("精神文明建设经费|EVENT|60|cy|-|文明城市创建常态化管理、文明单位和道德模范评选",
                            "新闻宣传专项经费|PUBLICITY|50|c|-|重大主题宣传、对外宣传和媒体合作",
                            "理论宣讲经费|PUBLICITY|10|c|-|百姓宣讲团建设和理论宣讲活动",
                            "网络舆情监测经费|INFO|25|c|-|网络舆情监测平台服务采购和舆情应急处置",
                            "新时代文明实践中心建设经费|CONSTRUCTION|80|-|2019-|新时代文明实践中心（所、站）阵地建设和活动开展",
                            "文化惠民活动经费|EVENT|30|-|-|送戏下乡、广场文化活动和公益电影放映",
                            "意识形态工作经费|OPERATION|8|-|-|意识形态工作责任制落实情况检查和专题培训")),
            unit("qh-jiwei", "青禾区纪委监委", "区纪委监委", PARTY, Size.SMALL, 0, 0,
                    duties("维护党的章程和其他党内法规，检查党的路线方针政策和决议的执行情况。",
                            "协助区委推进全面从严治党、加强党风建设和组织协调反腐败工作。",
                            "经常对党员进行遵守纪律的教育，作出关于维护党纪的决定。",
                            "对党员领导干部行使权力进行监督，受理检举控告。",
                            "依法对全区所有行使公权力的公职人员进行监察。",
                            "调查职务违法和职务犯罪，开展廉政建设和反腐败工作。",
                            "对违法的公职人员依法作出政务处分决定，对履职不力、失职失责的领导人员进行问责。",
                            "负责区委巡察工作的组织协调和统筹推进。",
                            "完成区委和上级纪委监委交办的其他工作。"),
                    work("受理信访举报|C|件|150|300", "开展巡察|C|轮|2|4", "开展廉政教育活动|C|场|10|30",
                            "立案审查调查|C|件|30|80", "开展专项监督检查|C|次|8|20"),
                    projects("案件查办专项经费|INSPECTION|60|c|-|执纪审查调查、谈话场所运行和案件办理",
                            "巡察工作经费|INSPECTION|30|cy|-|区委巡察组开展常规巡察和专项巡察",
                            "廉政教育基地运行经费|PUBLICITY|20|-|-|廉政教育基地日常运行和警示教育活动",
                            "纪检监察信息化建设经费|INFO|40|-|-|纪检监察业务平台和大数据监督平台建设",
                            "留置场所运行保障经费|OPERATION|45|-|2018-|留置场所安全运行、看护和医疗保障",
                            "廉洁文化建设经费|PUBLICITY|10|c|-|廉洁文化进机关、进社区、进学校活动")),
            unit("qh-zhengfawei", "青禾区委政法委员会", "区委政法委", PARTY, Size.SMALL, 0, 0,
                    duties("贯彻落实党中央和上级党委关于政法工作的方针政策和决策部署。",
                            "统筹协调全区政法工作，督促推动政法单位依法履职。",
                            "负责全区平安建设的组织协调和督促指导。",
                            "负责全区社会治安综合治理工作。",
                            "负责网格化服务管理工作的统筹推进。",
                            "指导和协调全区矛盾纠纷排查化解工作。",
                            "负责政法队伍建设的指导和监督。",
                            "完成区委交办的其他工作。"),
                    work("排查化解矛盾纠纷|C|件|600|1500", "开展平安建设宣传|C|场|20|60", "培训网格员|C|人次|300|800",
                            "开展专项督导|C|次|4|12"),
                    projects("平安建设专项经费|COMMUNITY|50|cy|-|平安青禾建设、平安创建活动和群防群治",
                            "网格化服务管理经费|COMMUNITY|120|c|-|网格员补贴和网格化信息平台运维",
                            "社会治安综合治理经费|INSPECTION|40|c|-|社会治安重点地区排查整治和综治中心运行",
                            "扫黑除恶专项斗争经费|INSPECTION|30|-|2018-2021|扫黑除恶专项斗争线索核查、督导和宣传",
                            "矛盾纠纷多元化解经费|COMMUNITY|20|-|-|人民调解、行业调解和矛盾纠纷多元化解",
                            "见义勇为奖励经费|SUBSIDY|8|-|-|见义勇为人员表彰奖励和困难慰问")),
            unit("qh-zhengfuban", "青禾区人民政府办公室", "区政府办", GOVERNMENT, Size.MEDIUM, 0, 0,
                    duties("负责区政府会议的准备工作，协助区政府领导组织会议决定事项的实施。",
                            "负责起草和审核以区政府、区政府办公室名义发布的公文。",
                            "负责督促检查区政府决定事项和领导批示的落实情况。",
                            "负责全区政务公开、政府信息公开的组织协调工作。",
                            "负责办理人大代表建议和政协委员提案。",
                            "负责区政府值班和突发事件信息报送工作。",
                            "负责12345政务服务便民热线的运行管理。",
                            "负责区政府外事、法制和机要工作。",
                            "完成区政府交办的其他工作。"),
                    work("办理人大代表建议和政协委员提案|C|件|120|220", "受理12345热线工单|B|万件|4|9",
                            "编发政务信息|C|期|100|200", "开展政府督查|C|次|10|24"),
                    projects("12345政务服务热线运行经费|INFO|120|c|-|12345热线话务外包、平台运维和工单督办",
                            "政务公开专项经费|PUBLICITY|15|c|-|政府信息公开平台维护和政务公开标准化建设",
                            "政府督查专项经费|INSPECTION|20|c|-|区政府重点工作督查和第三方评估",
                            "区长办公会议及重大活动保障经费|OPERATION|40|c|-|区政府常务会议、区长办公会议和重大活动保障",
                            "政府法律顾问服务经费|OPERATION|15|c|-|聘请政府法律顾问和重大行政决策合法性审查",
                            "区志编纂经费|ARCHIVE|20|y|-|《青禾区志》资料征集、编纂和评审",
                            "外事接待经费|OPERATION|10|-|-|外事来访接待和对外交流活动")),
            unit("qh-fagai", "青禾区发展和改革局", "区发展改革局", GOVERNMENT, Size.MEDIUM, 0, 0,
                    duties("拟订并组织实施全区国民经济和社会发展战略、中长期规划和年度计划。",
                            "负责全区重大项目的统筹谋划、调度推进和服务保障。",
                            "负责全区固定资产投资综合管理工作。",
                            "推进全区经济体制改革和营商环境优化工作。",
                            "负责全区价格监测和价格管理工作。",
                            "负责粮食安全和物资储备管理工作。",
                            "负责全区节能降耗和应对气候变化工作。",
                            "负责社会信用体系建设的统筹协调。",
                            "完成区委、区政府交办的其他工作。"),
                    work("调度重点项目|C|个|80|150", "争取上级预算内资金项目|C|个|10|30", "开展价格监测|C|次|24|52",
                            "完成储备粮轮换|C|吨|2000|5000"),
                    projects("重点项目前期工作经费|OPERATION|150|cy|-|重点项目可行性研究、方案论证和前期咨询",
                            "重大项目调度服务经费|OPERATION|30|c|-|重大项目集中调度、现场推进和服务保障",
                            "价格监测专项经费|INSPECTION|12|c|-|重要民生商品价格监测和价格认定",
                            "区级储备粮管理经费|SUBSIDY|80|c|-|区级储备粮保管费用和轮换价差补贴",
                            "社会信用体系建设经费|INFO|25|-|2018-|信用信息平台建设和信用宣传",
                            "国民经济和社会发展规划编制经费|OPERATION|60|y|2019-2021|“十四五”规划纲要编制和专题研究",
                            "营商环境评价经费|INSPECTION|20|-|2020-|营商环境第三方评价和问题整改跟踪")),
            unit("qh-caizheng", "青禾区财政局", "区财政局", GOVERNMENT, Size.MEDIUM, 0, 0,
                    duties("贯彻执行财税方针政策，拟订全区财政发展规划和管理制度。",
                            "负责编制全区年度预算草案并组织执行，编制区级决算。",
                            "负责管理区级各项财政收支，编制财政收支计划。",
                            "负责全区预算绩效管理工作，组织开展绩效评价。",
                            "负责全区政府采购的监督管理。",
                            "负责全区国有资产和政府债务的管理。",
                            "负责全区会计管理和财政监督检查工作。",
                            "负责国库集中支付和财政资金调度管理。",
                            "完成区委、区政府交办的其他工作。"),
                    work("开展重点项目绩效评价|C|个|15|40", "开展财政监督检查|C|次|6|15", "审核政府采购项目|C|个|300|700",
                            "举办财务人员培训|C|期|2|6"),
                    projects("预算绩效管理经费|INSPECTION|40|cy|-|第三方机构开展重点项目绩效评价和绩效目标审核",
                            "财政信息化建设经费|INFO|90|c|-|预算管理一体化系统建设和财政业务系统运维",
                            "投资评审经费|INSPECTION|60|c|-|政府投资项目预算评审和结算审核",
                            "政府债务管理经费|OPERATION|15|-|2018-|政府债务风险监测和专项债券项目管理",
                            "会计人员继续教育经费|TRAINING|10|-|-|会计人员继续教育和业务培训",
                            "国有资产清查经费|INSPECTION|25|-|-|行政事业单位国有资产清查和资产管理系统维护",
                            "乡镇财政所运转经费|OPERATION|30|-|-2019|乡镇财政所日常运转和业务开展")),
            unit("qh-jiaoyu", "青禾区教育局", "区教育局", GOVERNMENT, Size.HUGE, 0, 0,
                    duties("贯彻执行国家教育方针政策，拟订全区教育发展规划并组织实施。",
                            "负责全区各级各类教育的统筹规划和协调管理。",
                            "负责全区教育经费的统筹管理和学校基本建设。",
                            "负责全区中小学教师队伍建设和教职工管理。",
                            "负责全区学生资助、学校安全和校园周边环境治理。",
                            "负责全区基础教育质量监测和教学研究。",
                            "负责全区学前教育、特殊教育和民办教育管理。",
                            "负责全区语言文字和教育督导工作。",
                            "完成区委、区政府交办的其他工作。"),
                    work("资助家庭经济困难学生|C|人次|3000|6000", "培训中小学教师|C|人次|2000|4500", "新增学位|C|个|900|2400",
                            "开展校园安全检查|C|次|8|20"),
                    projects("义务教育公用经费|SUBSIDY|1500|c|-|中小学校日常运转公用经费保障",
                            "学生资助资金|SUBSIDY|600|cy|-|家庭经济困难学生生活补助和助学金发放",
                            "校舍维修改造经费|CONSTRUCTION|800|c|-|中小学校舍维修改造和安全隐患整治",
                            "教师培训经费|TRAINING|120|c|-|中小学教师全员培训和骨干教师研修",
                            "学前教育发展专项资金|SUBSIDY|400|c|-|普惠性幼儿园奖补和学前教育资助",
                            "教育信息化建设经费|INFO|300|-|-|智慧校园建设和多媒体教学设备采购",
                            "营养改善计划补助资金|SUBSIDY|350|-|-|农村义务教育学生营养膳食补助",
                            "校园安保经费|OPERATION|200|-|-|中小学专职保安和校园技防设施",
                            "新建学校配套设施经费|CONSTRUCTION|900|y|2021-|新建中小学校教学设备和配套设施购置")),
            unit("qh-minzheng", "青禾区民政局", "区民政局", GOVERNMENT, Size.LARGE, 0, 0,
                    duties("贯彻执行民政工作法律法规和方针政策，拟订全区民政事业发展规划。",
                            "负责全区城乡低保、特困人员供养和临时救助工作。",
                            "负责全区养老服务体系建设和养老机构监督管理。",
                            "负责全区社会组织登记管理和执法监督。",
                            "负责全区城乡社区治理和社区建设工作。",
                            "负责全区儿童福利、残疾人福利和慈善事业。",
                            "负责全区殡葬管理和婚姻登记工作。",
                            "负责行政区划和地名管理工作。",
                            "完成区委、区政府交办的其他工作。"),
                    work("发放城乡低保金|B|万人次|2|5", "实施临时救助|C|人次|600|1500", "新增养老床位|C|张|100|400",
                            "开展社会组织年检|C|家|150|300"),
                    projects("城乡最低生活保障资金|SUBSIDY|1200|c|-|城乡低保对象保障金按月发放",
                            "特困人员供养经费|SUBSIDY|300|c|-|特困人员基本生活和照料护理",
                            "临时救助资金|SUBSIDY|150|cy|-|遭遇突发性、紧迫性困难家庭的临时救助",
                            "居家养老服务补贴|SUBSIDY|200|c|-|经济困难高龄失能老人居家养老服务补贴",
                            "社区治理专项经费/社区治理专项资金|COMMUNITY|100|cy|-|城乡社区服务项目和社区治理创新",
                            "殡葬改革专项经费|OPERATION|60|-|-|惠民殡葬补贴和公益性公墓管理",
                            "养老服务设施建设经费|CONSTRUCTION|300|-|2019-|街道综合养老服务中心和社区养老服务站建设",
                            "高龄津贴|SUBSIDY|180|c|-|80周岁以上老年人高龄津贴发放")),
            unit("qh-weijian", "青禾区卫生健康局", "区卫生健康局", GOVERNMENT, Size.LARGE, 0, 0,
                    duties("贯彻执行卫生健康法律法规，拟订全区卫生健康事业发展规划。",
                            "负责全区基本公共卫生服务项目的组织实施。",
                            "负责全区疾病预防控制和突发公共卫生事件应急处置。",
                            "负责全区医疗机构和医疗服务的监督管理。",
                            "负责全区基层卫生和妇幼健康工作。",
                            "负责全区人口监测和计划生育服务管理工作。",
                            "负责全区爱国卫生运动和健康促进工作。",
                            "负责全区老龄健康和医养结合工作。",
                            "完成区委、区政府交办的其他工作。"),
                    work("建立居民电子健康档案|B|万份|18|30", "开展预防接种|B|万剂次|8|20", "开展卫生监督检查|C|户次|800|1600",
                            "开展健康教育讲座|C|场|100|300"),
                    projects("基本公共卫生服务项目资金|SUBSIDY|900|c|-|居民健康档案、慢病管理和老年人健康管理等基本公共卫生服务",
                            "疾病预防控制专项经费|OPERATION|200|c|-|传染病监测、预防接种和重点疾病防控",
                            "计划生育奖励扶助资金|SUBSIDY|250|c|-|计划生育家庭奖励扶助和特别扶助金发放",
                            "爱国卫生运动经费|EVENT|60|c|-|爱国卫生月活动、病媒生物防制和卫生创建",
                            "疫情防控专项经费|OPERATION|800|y|2020-2022|新冠肺炎疫情防控物资、核酸检测和隔离点运行",
                            "基层医疗机构能力提升经费|CONSTRUCTION|300|-|-|社区卫生服务中心设备购置和标准化建设",
                            "家庭医生签约服务经费|SUBSIDY|120|-|2017-|家庭医生签约服务补助和团队考核",
                            "妇幼健康项目经费|SUBSIDY|80|-|-|孕产妇和儿童健康管理、两癌筛查")),
            unit("qh-zhujian", "青禾区住房和城乡建设局", "区住房城乡建设局", GOVERNMENT, Size.LARGE, 0, 0,
                    duties("贯彻执行住房和城乡建设法律法规，拟订全区住房和城乡建设发展规划。",
                            "负责全区建筑市场和工程质量安全的监督管理。",
                            "负责全区保障性住房建设和管理工作。",
                            "负责全区老旧小区改造和城市更新工作。",
                            "负责全区物业服务行业监督管理。",
                            "负责全区房地产市场监测和监督管理。",
                            "负责全区建筑节能和绿色建筑推广工作。",
                            "完成区委、区政府交办的其他工作。"),
                    work("改造老旧小区|C|个|10|30", "开展建筑工地安全检查|C|次|200|500", "发放公租房租赁补贴|C|户|300|900",
                            "新增绿色建筑面积|C|万平方米|20|60"),
                    projects("老旧小区改造经费|CONSTRUCTION|1200|cy|-|老旧小区水电气管网、屋面和环境配套改造",
                            "建筑工程质量安全监督经费|INSPECTION|60|c|-|在建工程质量安全巡查和检测",
                            "公租房运营维护经费|OPERATION|150|c|-|公租房小区物业服务和维修养护",
                            "住房租赁补贴资金|SUBSIDY|200|c|-|城镇中低收入住房困难家庭租赁补贴",
                            "城中村改造前期经费|CONSTRUCTION|300|-|-2019|城中村改造测绘、评估和方案编制",
                            "物业管理提升经费|COMMUNITY|50|-|2020-|无物业小区托管和物业服务质量提升",
                            "城市更新规划编制经费|OPERATION|100|-|2022-|城市更新专项规划和片区策划编制")),
            unit("qh-chengguan", "青禾区城市管理和综合执法局", "区城管执法局", GOVERNMENT, Size.LARGE, 0, 0,
                    duties("贯彻执行城市管理法律法规，拟订全区城市管理规划和标准。",
                            "负责全区市容市貌和环境卫生管理工作。",
                            "负责全区城市管理综合行政执法工作。",
                            "负责全区生活垃圾分类和处理设施的监督管理。",
                            "负责全区市政设施、城市照明和园林绿化的养护管理。",
                            "负责全区户外广告和店招标牌的监督管理。",
                            "负责数字化城市管理平台的运行。",
                            "完成区委、区政府交办的其他工作。"),
                    work("清运生活垃圾|B|万吨|8|15", "查处违法建设|C|处|60|200", "养护城市道路|C|公里|80|160",
                            "处置数字城管案件|B|万件|2|6"),
                    projects("环境卫生作业服务经费|ENVIRONMENT|1500|c|-|道路清扫保洁和垃圾清运市场化作业服务",
                            "生活垃圾分类经费|ENVIRONMENT|300|y|2019-|垃圾分类设施配置、宣传督导和分类运输",
                            "园林绿化养护经费|ENVIRONMENT|500|c|-|城区公园、道路绿地和行道树养护",
                            "市政设施维护经费|CONSTRUCTION|400|c|-|城区道路、桥梁和排水设施维修养护",
                            "城市照明运行维护经费|OPERATION|200|c|-|路灯电费和照明设施维护",
                            "数字城管平台运维经费|INFO|80|c|-|数字城管平台运行维护和信息采集外包",
                            "违法建设治理专项经费|INSPECTION|100|-|-|违法建设拆除和拆后场地整治",
                            "公厕建设改造经费|CONSTRUCTION|150|-|2018-2021|城区公厕新建和提质改造")),
            unit("qh-ziranziyuan", "青禾区自然资源分局", "区自然资源分局", GOVERNMENT, Size.MEDIUM, 0, 0,
                    duties("贯彻执行自然资源法律法规，落实上级国土空间规划。",
                            "负责全区自然资源调查监测和确权登记工作。",
                            "负责全区耕地保护和永久基本农田管理。",
                            "负责全区土地征收、储备和供应的具体工作。",
                            "负责全区国土空间用途管制和建设项目用地审查。",
                            "负责全区自然资源执法监察工作。",
                            "负责全区地质灾害防治工作。",
                            "完成区委、区政府和上级部门交办的其他工作。"),
                    work("开展土地执法巡查|C|次|100|240", "完成不动产登记|B|万件|1|3", "排查地质灾害隐患点|C|处|20|50",
                            "完成建设用地报批|C|宗|10|30"),
                    projects("土地执法巡查经费|INSPECTION|40|c|-|土地卫片执法和日常动态巡查",
                            "耕地保护专项经费|SUBSIDY|120|cy|-|耕地保护补偿和永久基本农田管护",
                            "地质灾害防治经费|CONSTRUCTION|90|c|-|地质灾害隐患点监测和工程治理",
                            "国土空间规划编制经费|OPERATION|200|-|2019-2022|区国土空间总体规划和专项规划编制",
                            "不动产登记工作经费|INFO|60|c|-|不动产登记信息平台运维和档案整理",
                            "第三次全国国土调查经费|OPERATION|150|-|2018-2020|第三次全国国土调查外业调查和数据建库",
                            "自然资源确权登记经费|OPERATION|50|-|2021-|自然资源统一确权登记和成果汇交")),
            unit("qh-shichangjianguan", "青禾区市场监督管理局", "区市场监管局", GOVERNMENT, Size.MEDIUM, 0, 0,
                    duties("负责全区市场综合监督管理和市场主体登记注册。",
                            "负责全区食品安全监督管理综合协调。",
                            "负责全区药品、医疗器械和化妆品经营使用环节的监督管理。",
                            "负责全区特种设备安全监督管理。",
                            "负责全区产品质量安全监督管理。",
                            "负责全区知识产权保护和标准化、计量工作。",
                            "负责消费者权益保护和投诉举报处理。",
                            "完成区委、区政府交办的其他工作。"),
                    work("抽检食品|C|批次|800|1600", "检查特种设备|C|台次|600|1400", "处理消费投诉举报|C|件|1500|4000",
                            "新登记市场主体|C|户|3000|7000"),
                    projects("食品安全抽检经费|INSPECTION|120|cy|-|食品安全监督抽检和风险监测",
                            "特种设备安全监管经费|INSPECTION|40|c|-|电梯、锅炉等特种设备安全检查和隐患整治",
                            "消费者权益保护经费|PUBLICITY|20|c|-|3·15宣传活动和消费维权服务站建设",
                            "市场监管执法办案经费|INSPECTION|50|c|-|案件调查取证、检验检测和涉案物品处置",
                            "知识产权保护专项经费|SUBSIDY|30|-|2019-|专利资助和知识产权保护宣传",
                            "标准化建设经费|OPERATION|15|-|-|标准化试点建设和计量器具检定",
                            "智慧监管平台建设经费|INFO|100|-|2021-|智慧市场监管平台建设和“互联网+明厨亮灶”")),
            unit("qh-yingji", "青禾区应急管理局", "区应急管理局", GOVERNMENT, Size.MEDIUM, 2019, 0,
                    duties("负责全区应急管理工作，指导各部门、各街道（镇）应对安全生产类、自然灾害类突发事件。",
                            "负责全区安全生产综合监督管理和工矿商贸行业安全生产监督管理。",
                            "负责全区应急预案体系建设和应急演练。",
                            "负责全区防汛抗旱、森林防火和防灾减灾救灾工作。",
                            "负责全区应急救援力量建设和应急物资储备。",
                            "负责全区危险化学品安全监督管理。",
                            "完成区委、区政府交办的其他工作。"),
                    work("开展安全生产执法检查|C|家次|300|800", "组织应急演练|C|次|10|30", "排查整改安全隐患|C|处|500|1500",
                            "开展安全生产培训|C|人次|1000|3000"),
                    projects("安全生产专项整治经费|INSPECTION|80|cy|-|安全生产专项整治三年行动和重点行业领域检查",
                            "防汛抗旱专项经费|OPERATION|120|c|-|防汛物资储备、水毁设施抢修和防汛值守",
                            "应急物资储备经费|OPERATION|60|c|-|区级应急物资采购、仓储和轮换",
                            "应急指挥平台建设经费|INFO|150|-|2020-2022|应急指挥信息平台和视频会商系统建设",
                            "森林防火经费|ENVIRONMENT|40|c|-|森林防火巡护、扑火队伍建设和防火宣传",
                            "安全生产宣传教育经费|PUBLICITY|20|c|-|“安全生产月”活动和安全生产培训")),
            unit("qh-fupin", "青禾区扶贫开发办公室", "区扶贫办", GOVERNMENT, Size.MEDIUM, 0, 2021,
                    duties("贯彻执行扶贫开发方针政策，拟订全区扶贫开发规划。",
                            "负责全区建档立卡贫困人口的识别、退出和动态管理。",
                            "负责全区财政专项扶贫资金的分配和监督管理。",
                            "负责全区产业扶贫、就业扶贫和易地扶贫搬迁的统筹协调。",
                            "负责全区社会扶贫和对口帮扶工作。",
                            "负责脱贫攻坚成果巩固和防止返贫监测工作。",
                            "完成区委、区政府交办的其他工作。"),
                    work("帮扶脱贫户|C|户|400|900", "实施产业扶贫项目|C|个|10|30", "开展就业技能培训|C|人次|300|800"),
                    projects("财政专项扶贫资金|SUBSIDY|600|cy|-|产业发展、基础设施和贫困户直接帮扶",
                            "产业扶贫项目资金|SUBSIDY|300|c|-|特色种养殖产业扶持和扶贫车间奖补",
                            "扶贫小额信贷贴息资金|SUBSIDY|60|c|-|建档立卡户小额信贷贴息和风险补偿",
                            "雨露计划补助资金|SUBSIDY|40|c|-|贫困家庭子女职业教育补助",
                            "易地扶贫搬迁后续扶持经费|CONSTRUCTION|200|-|2018-|安置点配套设施完善和后续产业扶持",
                            "防止返贫监测经费|OPERATION|30|-|2020-|防止返贫动态监测和帮扶")),
            street("qh-qinghe-jd", "青禾区青禾街道办事处", "青禾街道", false,
                    "青禾老街风貌提升经费|CONSTRUCTION|200|-|2018-|青禾老街立面改造、街巷整治和业态提升"),
            street("qh-dongling-jd", "青禾区东岭街道办事处", "东岭街道", false,
                    "东岭工业园区企业服务经费|OPERATION|80|c|-|东岭工业园区企业走访、要素保障和安全巡查"),
            street("qh-nanhu-jd", "青禾区南湖街道办事处", "南湖街道", false,
                    "南湖沿线环境整治经费|ENVIRONMENT|150|cy|-|南湖沿岸保洁、截污和绿化管护"),
            street("qh-beitang-jd", "青禾区北塘街道办事处", "北塘街道", false,
                    "北塘片区棚户区改造配套经费|CONSTRUCTION|300|-|-2022|北塘片区棚改安置和配套道路建设"),
            street("qh-shiqiao-zhen", "青禾区石桥镇人民政府", "石桥镇", true,
                    "石桥特色小镇建设经费|CONSTRUCTION|250|y|2019-|石桥特色小镇基础设施和公共服务配套建设"),
            street("qh-liuxi-zhen", "青禾区柳溪镇人民政府", "柳溪镇", true,
                    "柳溪河综合治理经费|ENVIRONMENT|200|c|-|柳溪河河道清淤、岸线整治和水质监测"),
            unit("qh-danganguan", "青禾区档案馆", "区档案馆", INSTITUTION, Size.SMALL, 0, 0,
                    duties("负责接收、征集、整理和保管全区具有永久和长期保存价值的档案资料。",
                            "负责馆藏档案的开发利用和编研工作。",
                            "负责档案数字化和电子档案管理系统建设。",
                            "负责档案查阅利用服务。",
                            "负责档案安全保护和库房管理。",
                            "完成上级交办的其他工作。"),
                    work("接收进馆档案|C|卷|2000|6000", "完成档案数字化|C|万页|30|80", "提供档案查阅利用|C|人次|1500|4000",
                            "举办档案展览|C|场|2|6"),
                    projects("档案数字化加工经费|ARCHIVE|60|cy|-|馆藏档案扫描、著录和数据挂接",
                            "档案库房维护经费|OPERATION|20|c|-|档案库房温湿度控制、消防和安防设施维护",
                            "档案征集编研经费|ARCHIVE|15|c|-|重大活动档案征集和档案编研成果出版",
                            "档案安全设备购置经费|INFO|30|-|-|档案密集架、防磁柜和数字化设备购置",
                            "档案馆等级创建经费|OPERATION|25|-|2022-|国家综合档案馆等级测评准备和整改")),
            unit("qh-rongmeiti", "青禾区融媒体中心", "区融媒体中心", INSTITUTION, Size.SMALL, 2019, 0,
                    duties("负责区内新闻宣传、舆论引导和重大主题报道。",
                            "负责“青禾发布”客户端、微信公众号等新媒体平台的运营管理。",
                            "负责区广播电视节目的制作和播出。",
                            "负责融媒体技术平台的建设和运行维护。",
                            "负责政务信息发布和便民服务信息推送。",
                            "完成区委宣传部交办的其他工作。"),
                    work("发布新闻稿件|C|篇|3000|6000", "制作短视频|C|条|300|900", "播出电视新闻|C|期|250|300",
                            "新媒体平台新增关注用户|B|万人|1|5"),
                    projects("融媒体中心平台建设经费|INFO|200|c|-|融媒体指挥调度平台和“中央厨房”系统建设",
                            "新闻采编播出经费|PUBLICITY|80|c|-|新闻采访、节目制作和播出",
                            "新媒体运营经费|PUBLICITY|40|c|-|“青禾发布”客户端和新媒体账号运营推广",
                            "广播电视设备更新经费|INFO|60|-|-|演播室、摄录和非线性编辑设备更新",
                            "重大主题宣传经费|PUBLICITY|30|y|-|重大主题报道策划和专题节目制作")),
            unit("qh-jiguanshiwu", "青禾区机关事务服务中心", "区机关事务中心", INSTITUTION, Size.MEDIUM, 0, 0,
                    duties("负责区委、区政府机关办公区的物业管理和后勤服务保障。",
                            "负责区级行政事业单位办公用房的统一管理。",
                            "负责公务用车的统一管理和保障。",
                            "负责全区公共机构节能工作。",
                            "负责机关食堂的运营管理。",
                            "负责区级重大会议和活动的后勤保障。",
                            "完成区委、区政府交办的其他工作。"),
                    work("保障重大会议活动|C|场|100|200", "维修办公设施|C|次|300|700", "保障公务用车出车|C|车次|2000|4000"),
                    projects("机关办公区物业服务经费|OPERATION|300|c|-|机关办公区保洁、安保、绿化和设备运维",
                            "公务用车运行维护经费|OPERATION|120|c|-|公务用车平台车辆燃油、维修和保险",
                            "办公用房维修改造经费|CONSTRUCTION|200|y|-|机关办公楼屋面防水、电梯和消防设施改造",
                            "公共机构节能改造经费|ENVIRONMENT|80|-|2018-|公共机构节能灯具、空调和能耗监测改造",
                            "机关食堂运营经费|OPERATION|150|c|-|机关食堂食材采购和运营管理",
                            "会议服务保障经费|OPERATION|40|c|-|区级重大会议会务服务和设备保障")),
            unit("qh-zonggonghui", "青禾区总工会", "区总工会", MASS_ORGANISATION, Size.SMALL, 0, 0,
                    duties("贯彻落实党的群众路线，团结动员全区职工群众。",
                            "负责维护职工合法权益，推进厂务公开和集体协商。",
                            "负责全区困难职工帮扶和送温暖工作。",
                            "组织开展劳动竞赛和职工技能提升活动。",
                            "负责全区工会组织建设和会员发展工作。",
                            "负责职工文化体育活动和职工之家建设。",
                            "完成区委和上级工会交办的其他工作。"),
                    work("帮扶困难职工|C|人次|200|600", "开展劳动竞赛和技能比武|C|场|5|15", "新建工会组织|C|家|20|60",
                            "开展职工文体活动|C|场|10|30"),
                    projects("困难职工帮扶资金|SUBSIDY|60|cy|-|困难职工生活救助、助学和医疗救助",
                            "送温暖慰问经费|SUBSIDY|40|c|-|元旦春节送温暖和夏季送清凉慰问",
                            "职工文体活动经费|EVENT|25|c|-|职工运动会、文艺汇演和读书活动",
                            "劳动竞赛经费|EVENT|15|c|-|重点工程劳动竞赛和职工技能大赛",
                            "户外劳动者服务站点建设经费|CONSTRUCTION|30|-|2020-|工会户外劳动者服务站点建设和运行",
                            "职工法律援助经费|OPERATION|10|-|-|职工法律援助和劳动争议调解")),
            unit("qh-tuanquwei", "青禾区团委", "团区委", MASS_ORGANISATION, Size.SMALL, 0, 0,
                    duties("负责全区共青团组织建设和团员管理工作。",
                            "组织开展青少年思想政治引领和主题教育活动。",
                            "负责全区青年志愿者工作的组织协调。",
                            "负责维护青少年合法权益，参与预防青少年违法犯罪工作。",
                            "负责全区少先队工作的指导。",
                            "服务青年创业就业和青年人才培养。",
                            "完成区委和上级团委交办的其他工作。"),
                    work("开展主题团日活动|C|场|20|60", "组织志愿服务|C|人次|2000|6000", "开展青少年普法教育|C|场|10|30",
                            "帮扶困难青少年|C|人|50|150"),
                    projects("青年志愿服务经费|EVENT|15|c|-|青年志愿者招募培训和志愿服务活动",
                            "青少年思想引领活动经费|EVENT|10|cy|-|青少年主题教育和团队日活动",
                            "希望工程助学资金|SUBSIDY|20|c|-|家庭困难学生希望工程助学",
                            "青年创业扶持经费|SUBSIDY|25|-|2018-|青年创业大赛和创业孵化扶持",
                            "少先队工作经费|TRAINING|6|c|-|少先队辅导员培训和少先队活动")));

    private DistrictCatalog() {}

    private static NamedUnit unit(String code, String name, String shortName, Category category, Size size,
                                  int firstYear, int lastYear, List<String> duties, List<IndicatorTemplate> work,
                                  List<ProjectTemplate> projects) {
        return new NamedUnit(code, name, shortName, category, size, firstYear, lastYear, duties, work, projects);
    }

    private static NamedUnit street(String code, String name, String shortName, boolean town, String ownProject) {
        List<String> duties = new ArrayList<>(STREET_DUTIES);
        if (town) {
            duties.add(duties.size() - 1, TOWN_DUTY);
        }
        List<String> projectSpecs = new ArrayList<>(town ? TOWN_PROJECTS : STREET_PROJECTS);
        projectSpecs.add(ownProject);
        return new NamedUnit(code, name, shortName, STREET_TOWN, Size.LARGE, 0, 0, List.copyOf(duties),
                IndicatorTemplate.parseAll(STREET_WORK.toArray(String[]::new)),
                projectSpecs.stream().map(ProjectTemplate::parse).toList());
    }

    private static List<String> duties(String... duties) {
        return List.of(duties);
    }

    private static List<IndicatorTemplate> work(String... specs) {
        return IndicatorTemplate.parseAll(specs);
    }

    private static List<ProjectTemplate> projects(String... specs) {
        return Arrays.stream(specs).map(ProjectTemplate::parse).toList();
    }

    /**
     * The unit at {@code index} (0-based) of a data set: the named units first, then 示范单位 numbered
     * from 00001, each borrowing the content of a named unit of its category and reporting from a year
     * the caller decides.
     */
    static NamedUnit unitAt(int index, long seed) {
        if (index < NAMED.size()) {
            return NAMED.get(index);
        }
        int number = index - NAMED.size() + 1;
        Dice dice = Dice.of(seed, index, 0x5EED_0001L);
        double c = dice.uniform(0, 1);
        Category category = c < 0.12 ? PARTY : c < 0.50 ? GOVERNMENT : c < 0.66 ? STREET_TOWN
                : c < 0.90 ? INSTITUTION : MASS_ORGANISATION;
        List<NamedUnit> models = NAMED.stream().filter(u -> u.category() == category).toList();
        NamedUnit model = dice.pick(models);
        String digits = String.valueOf(100_000 + number).substring(1);
        String shortName = "示范单位" + digits;
        int firstYear = dice.chance(0.04) ? dice.between(2017, 2021) : 0;
        int lastYear = firstYear == 0 && dice.chance(0.03) ? dice.between(2020, 2024) : 0;
        return new NamedUnit("u" + digits, DISTRICT + shortName, shortName, category, model.size(), firstYear,
                lastYear, model.duties(), model.work(), model.projects());
    }
}
