package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectNamesTest {

    private static EvalTableInfo table(int no, String name) {
        return new EvalTableInfo(no, no, no == 0 ? "unit" : "project", name, null, null, null, null, null, null, null, null, null, 0);
    }

    @Test
    void names_are_compared_without_spaces_punctuation_or_symbols() {
        assertThat(ProjectNames.normalise("《荷塘年鉴》编纂 发行项目")).isEqualTo("荷塘年鉴编纂发行项目");
        assertThat(ProjectNames.normalise("区委外事、港澳、对台项目")).isEqualTo("区委外事港澳对台项目");
        assertThat(ProjectNames.normalise("“培训”\u3000项目")).isEqualTo("培训项目");
        assertThat(ProjectNames.normalise(null)).isEmpty();
    }

    @Test
    void a_project_finds_the_table_of_the_same_name_and_no_other() {
        List<EvalTableInfo> tables = List.of(table(0, null), table(1, "民主监督经费"), table(2, "荷塘年鉴 编纂发行项目"));
        assertThat(ProjectNames.tableFor("《荷塘年鉴》编纂发行项目", tables)).isEqualTo(2);
        assertThat(ProjectNames.tableFor("区委机要项目", tables)).isNull();
        assertThat(ProjectNames.tableFor("民主监督", tables)).as("no prefix guessing").isNull();
        assertThat(ProjectNames.tableFor("", tables)).isNull();
    }
}
