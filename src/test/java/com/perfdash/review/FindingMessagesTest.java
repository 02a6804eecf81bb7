package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)(?::[a-z]+)?}");

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @EnumSource(ReviewRule.class)
    void chinese_and_english_messages_quote_the_same_evidence(ReviewRule rule) {
        assertThat(placeholders(rule.messageEn())).isEqualTo(placeholders(rule.messageZh())).isNotEmpty();
        Map<String, String> evidence = new LinkedHashMap<>();
        placeholders(rule.messageZh()).forEach(p -> evidence.put(p, "1"));
        assertThat(FindingMessages.render(rule, evidence, Locale.CHINESE)).doesNotContain("{", "}");
        assertThat(FindingMessages.render(rule, evidence, Locale.ENGLISH)).doesNotContain("{", "}");
        assertThat(rule.titleZh()).isNotBlank();
        assertThat(rule.titleEn()).isNotBlank();
    }

    @Test
    void fields_tables_and_missing_values_are_named_in_each_language() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("table", "0");
        evidence.put("where", "funds.total.executed");
        evidence.put("total", null);
        evidence.put("sum", "516.66");
        assertThat(FindingMessages.render(ReviewRule.SUM_TOTAL_EMPTY, evidence, Locale.CHINESE))
                .isEqualTo("整体支出表·资金·合计·全年执行数：合计为 未填，但其分项已填写，合计 516.66 万元。");
        assertThat(FindingMessages.render(ReviewRule.SUM_TOTAL_EMPTY, evidence, Locale.ENGLISH))
                .isEqualTo("Whole-unit table, funds, total row, executed: the total is not stated while its parts are filled in and sum to 516.66 万元.");
        evidence.put("table", null);
        evidence.put("where", "income_total");
        assertThat(FindingMessages.render(ReviewRule.SUM_TOTAL_EMPTY, evidence, Locale.CHINESE))
                .startsWith("预算收入：合计为 未填");
    }

    @Test
    void several_columns_of_one_row_are_named_in_order() {
        assertThat(FieldLabels.label("funds.total.initial_budget+full_year_budget+executed", true))
                .isEqualTo("资金·合计·年初预算数 / 全年预算数 / 全年执行数");
        assertThat(FieldLabels.label("funds.total.full_year_budget+executed", false))
                .isEqualTo("funds, total row, full-year budget / executed");
    }

    @Test
    void project_fields_carry_their_number() {
        assertThat(FieldLabels.label("project.3.budget", true)).isEqualTo("项目 3·预算金额");
        assertThat(FieldLabels.label("project.3.budget", false)).isEqualTo("project 3, budget");
        assertThat(FindingMessages.tableName("2", true)).isEqualTo("项目表 2");
    }
}
