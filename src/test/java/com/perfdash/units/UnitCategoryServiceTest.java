package com.perfdash.units;

import static com.perfdash.units.UnitsFixtures.SEED_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.review.CsvDataSet;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.DataScope;
import com.perfdash.security.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

/**
 * 单位类别 set by finance (V024) on the real seed report, its data stating 未分类 as an imported printed
 * table does: every view groups the unit by the assigned category, a reload keeps it, the audit log has
 * each change from → to, and nobody but finance and administrators changes anything.
 */
class UnitCategoryServiceTest {

    @TempDir
    Path data;

    private TestDatabase db;
    private CsvDataSet seed;

    @BeforeEach
    void load() {
        seed = CsvDataSet.copy(TestDatabase.SEED, data, "seed").setAll("units.csv", "category", "未分类");
        db = new TestDatabase();
        db.loader().load(data);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UnitCategoryService service(CurrentUser user) {
        return new UnitCategoryService(db.jdbi(), TestDatabase.CLOCK, new AuditLog(db.jdbi(), TestDatabase.CLOCK), user);
    }

    private static CurrentUser as(String username, Role role, String unitCode) {
        return new CurrentUser() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public Optional<Role> role() {
                return Optional.of(role);
            }

            @Override
            public DataScope scope() {
                return unitCode == null ? DataScope.ALL_UNITS : DataScope.unit(unitCode);
            }
        };
    }

    private static final CurrentUser FINANCE = as("finance", Role.FINANCE, null);

    /** The seed unit's category in the unit table and in every store and view that carries one. */
    private List<String> categoriesEverywhere() {
        return db.jdbi().withHandle(h -> List.of(
                h.createQuery("SELECT category FROM unit WHERE unit_code = :u").bind("u", SEED_UNIT).mapTo(String.class).one(),
                h.createQuery("SELECT DISTINCT category FROM report_metrics WHERE unit_code = :u").bind("u", SEED_UNIT).mapTo(String.class).one(),
                h.createQuery("SELECT DISTINCT category FROM report_metrics_reviewed WHERE unit_code = :u").bind("u", SEED_UNIT).mapTo(String.class).one(),
                h.createQuery("SELECT DISTINCT category FROM project_years WHERE unit_code = :u").bind("u", SEED_UNIT).mapTo(String.class).one(),
                h.createQuery("SELECT DISTINCT category FROM unit_metric_values WHERE unit_code = :u").bind("u", SEED_UNIT).mapTo(String.class).one()));
    }

    private List<String> audit() {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT username || ' ' || event || ' ' || detail FROM audit_log WHERE event = 'unit_category' ORDER BY audit_id")
                .mapTo(String.class).list());
    }

    private int overviewReports(String category) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT coalesce(sum(reports), 0) FROM year_metrics([:c], 'all')")
                .bind("c", category).mapTo(Integer.class).one());
    }

    @Test
    void finance_sets_the_category_every_view_groups_the_unit_by_it_and_a_reload_keeps_it() {
        assertThat(categoriesEverywhere()).containsOnly("未分类");

        assertThat(service(FINANCE).assign(SEED_UNIT, "事业单位")).isTrue();

        assertThat(categoriesEverywhere()).containsOnly("事业单位");
        UnitsService units = new UnitsService(db.jdbi());
        assertThat(units.categories()).containsExactly("事业单位");
        assertThat(units.countUnits(new UnitFilter(null, "事业单位"))).isEqualTo(1);
        assertThat(units.unit(SEED_UNIT).orElseThrow().unit().category()).isEqualTo("事业单位");
        assertThat(overviewReports("事业单位")).isEqualTo(1);
        assertThat(overviewReports("未分类")).isZero();
        CategoryAssignment a = service(FINANCE).assignment(SEED_UNIT).orElseThrow();
        assertThat(a).extracting(CategoryAssignment::category, CategoryAssignment::statedCategory, CategoryAssignment::assignedBy)
                .containsExactly("事业单位", "未分类", "finance");
        assertThat(a.assignedAt()).isNotNull();
        assertThat(audit()).containsExactly("finance unit_category " + SEED_UNIT + " 中共株洲市荷塘区委办公室: 未分类 → 事业单位 (its data states 未分类)");

        db.loader().load(data);

        assertThat(categoriesEverywhere()).containsOnly("事业单位");
        assertThat(service(FINANCE).assignment(SEED_UNIT)).get().extracting(CategoryAssignment::statedCategory).isEqualTo("未分类");
    }

    @Test
    void a_reload_whose_data_states_another_category_keeps_the_assignment_and_shows_what_the_data_says() {
        service(FINANCE).assign(SEED_UNIT, "事业单位");
        seed.setAll("units.csv", "category", "政府部门");

        db.loader().load(data);

        assertThat(categoriesEverywhere()).containsOnly("事业单位");
        assertThat(service(FINANCE).assignment(SEED_UNIT)).get().extracting(CategoryAssignment::statedCategory).isEqualTo("政府部门");
        assertThat(service(FINANCE).choices()).contains("政府部门", "事业单位");
    }

    @Test
    void choosing_the_category_the_data_states_removes_the_assignment_and_records_it() {
        seed.setAll("units.csv", "category", "党委部门");
        db.loader().load(data);
        UnitCategoryService finance = service(FINANCE);
        finance.assign(SEED_UNIT, "事业单位");

        assertThat(finance.assign(SEED_UNIT, "党委部门")).isTrue();

        assertThat(categoriesEverywhere()).containsOnly("党委部门");
        assertThat(finance.assignment(SEED_UNIT)).isEmpty();
        assertThat(finance.assign(SEED_UNIT, "党委部门")).as("nothing to change").isFalse();
        List<String> rows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT coalesce(category, '-') FROM unit_category_assignment ORDER BY assignment_id").mapTo(String.class).list());
        assertThat(rows).containsExactly("事业单位", "-");
        assertThat(audit()).containsExactly(
                "finance unit_category " + SEED_UNIT + " 中共株洲市荷塘区委办公室: 党委部门 → 事业单位 (its data states 党委部门)",
                "finance unit_category " + SEED_UNIT + " 中共株洲市荷塘区委办公室: 事业单位 → 党委部门 (as its data states: assignment removed)");
    }

    @Test
    void an_administrator_removes_the_assignment_and_the_unit_is_uncategorized_again() {
        service(FINANCE).assign(SEED_UNIT, "街道/镇");
        UnitCategoryService admin = service(as("admin", Role.ADMIN, null));

        assertThat(admin.removeAssignment(SEED_UNIT)).isTrue();

        assertThat(categoriesEverywhere()).containsOnly("未分类");
        assertThat(admin.assignment(SEED_UNIT)).isEmpty();
        assertThat(admin.removeAssignment(SEED_UNIT)).isFalse();
        assertThat(audit()).last().asString().startsWith("admin unit_category ").endsWith("街道/镇 → 未分类 (as its data states: assignment removed)");
    }

    @Test
    void the_choices_are_the_usual_and_the_loaded_categories_never_uncategorized() {
        UnitCategoryService finance = service(FINANCE);

        assertThat(finance.choices()).containsExactly("党委部门", "政府部门", "街道/镇", "事业单位", "群团组织").doesNotContain("未分类");
        assertThatThrownBy(() -> finance.assign(SEED_UNIT, "未分类")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finance.assign(SEED_UNIT, "随便写的类别")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finance.assign("no-such-unit", "事业单位")).isInstanceOf(IllegalArgumentException.class);
        assertThat(categoriesEverywhere()).containsOnly("未分类");
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_unit_user_and_a_leader_are_refused_and_nothing_changes() {
        service(FINANCE).assign(SEED_UNIT, "事业单位");
        String before = db.contentFingerprint();
        for (CurrentUser user : List.of(as("unit", Role.UNIT, SEED_UNIT), as("leader", Role.LEADER, null))) {
            UnitCategoryService service = service(user);
            assertThat(service.mayAssign()).isFalse();
            assertThatThrownBy(() -> service.assign(SEED_UNIT, "政府部门")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.removeAssignment(SEED_UNIT)).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(db.contentFingerprint()).isEqualTo(before);
        assertThat(categoriesEverywhere()).containsOnly("事业单位");
        int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM unit_category_assignment").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
        assertThat(audit()).hasSize(1);
    }
}
