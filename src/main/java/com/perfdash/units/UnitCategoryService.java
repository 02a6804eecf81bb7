package com.perfdash.units;

import com.perfdash.base.db.Jdbis;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.ingest.UnitCategories;
import com.perfdash.ingest.demo.DemoCategories;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import com.perfdash.base.db.ReadOnlyNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * 单位类别 set by finance on the unit page. Reports never state a unit's category, so a unit that only
 * printed tables declare is 未分类 until finance sets one. The assignment is kept beside the data
 * (V024, with who, when and what the data stated) and applied at every load ({@link UnitCategories}), so
 * the units list, the comparison by category and the overview all group the unit by it. Choosing the
 * category the data states removes the assignment: the unit then follows its data again, and a later
 * report that states another category is not overridden by a choice that only repeated the data. Only
 * finance and administrators may set a category; the check is here, so a unit user's or a leader's call
 * is refused whatever page it comes from. Every change goes to the audit log ({@code unit_category}).
 */
@Service
public class UnitCategoryService {

    /** The audit event of a change. */
    public static final String AUDIT_EVENT = "unit_category";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ReadOnlyNode node;

    public UnitCategoryService(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user) {
        this(jdbi, clock, audit, user, new ReadOnlyNode(false));
    }

    /** @param node on a read-only node nobody sets a category: its unit table is the warehouse's, replaced at every refresh */
    @Autowired
    public UnitCategoryService(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user, ReadOnlyNode node) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
        this.node = node;
    }

    /** Whether the signed-in user may set a unit's category (finance and administrators, never on a read-only node). */
    public boolean mayAssign() {
        return !node.active() && user.role().filter(r -> r == Role.FINANCE || r == Role.ADMIN).isPresent();
    }

    /**
     * The categories a unit may be set to: the usual ones ({@link DemoCategories}) in their order, then
     * every other category loaded data states or finance set, alphabetically; never 未分类. A closed list:
     * the comparison by category groups by the exact label, so a typed variant (事业单位 / 事业单位 ) would
     * split a category in two; a category no list holds comes in with the data that states it.
     */
    public List<String> choices() {
        Set<String> choices = new LinkedHashSet<>(DemoCategories.labels());
        choices.addAll(jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT c FROM (SELECT category AS c FROM unit UNION SELECT stated_category FROM unit) "
                                + "WHERE c IS NOT NULL ORDER BY c")
                .mapTo(String.class).list()));
        choices.remove(UnitRef.UNCATEGORIZED);
        return List.copyOf(choices);
    }

    /** The unit's current assignment, if finance set its category and the user may see the unit. */
    public Optional<CategoryAssignment> assignment(String unitCode) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT a.unit_code, a.category, coalesce(u.stated_category, a.stated_category) AS stated_category, "
                                + "a.assigned_by, a.assigned_at FROM unit_category_current a "
                                + "JOIN scoped_unit u ON u.unit_code = a.unit_code WHERE a.unit_code = :u")
                .bind("u", unitCode)
                .map((rs, ctx) -> new CategoryAssignment(rs.getString("unit_code"), rs.getString("category"),
                        rs.getString("stated_category"), rs.getString("assigned_by"),
                        rs.getObject("assigned_at", LocalDateTime.class)))
                .findOne());
    }

    /**
     * Sets the unit's category to {@code category}, one of {@link #choices()}; the data's own category
     * removes the assignment instead. Applies it to the unit table and refreshes the stores that carry
     * the category, in one transaction.
     *
     * @return whether anything changed (false when the unit already has that category)
     * @throws AccessDeniedException    for a user who is not finance or an administrator
     * @throws IllegalArgumentException for an unknown unit or a category not among the choices
     */
    public boolean assign(String unitCode, String category) {
        requireAssigner();
        String to = category == null ? null : category.strip();
        if (to == null || !choices().contains(to)) {
            throw new IllegalArgumentException("Not a category a unit may be set to: " + category);
        }
        return change(unitCode, to);
    }

    /**
     * Removes the unit's assignment: it takes the category its data states again (未分类 for a unit only
     * printed tables declared).
     *
     * @return whether anything changed (false when finance had not set the unit's category)
     */
    public boolean removeAssignment(String unitCode) {
        requireAssigner();
        return change(unitCode, null);
    }

    /** {@code to} null: back to the data's category. */
    private boolean change(String unitCode, String to) {
        LocalDateTime at = LocalDateTime.now(clock);
        List<String> detail = new ArrayList<>(1);
        jdbi.useTransaction(h -> {
            Jdbis.unscoped(h); // the stores are refreshed for every unit
            var unit = h.createQuery("SELECT unit_name, category, coalesce(stated_category, category) AS stated FROM unit WHERE unit_code = :u")
                    .bind("u", unitCode).mapToMap().findOne()
                    .orElseThrow(() -> new IllegalArgumentException("No unit " + unitCode));
            String from = (String) unit.get("category");
            String stated = (String) unit.get("stated");
            String target = to == null ? stated : to;
            if (Objects.equals(from, target)) {
                return;
            }
            boolean follows = target.equals(stated);
            h.createUpdate("INSERT INTO unit_category_assignment (assignment_id, unit_code, category, stated_category, assigned_by, assigned_at) "
                            + "VALUES (nextval('unit_category_assignment_seq'), :u, :c, :stated, :by, :at)")
                    .bind("u", unitCode).bind("c", follows ? null : target).bind("stated", stated)
                    .bind("by", user.username()).bind("at", at).execute();
            UnitCategories.apply(h);
            ReportMetricsStore.refresh(h);
            detail.add(unitCode + " " + unit.get("unit_name") + ": " + from + " → " + target
                    + (follows ? " (as its data states: assignment removed)" : " (its data states " + stated + ")"));
        });
        if (detail.isEmpty()) {
            return false;
        }
        audit.record(user.username(), AUDIT_EVENT, detail.get(0), null);
        return true;
    }

    private void requireAssigner() {
        node.refuseChanges();
        if (!mayAssign()) {
            throw new AccessDeniedException(user.username() + " may not set a unit's category: only finance and administrators do");
        }
    }
}
