package com.perfdash.review;

import com.perfdash.base.db.Jdbis;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import com.perfdash.base.db.ReadOnlyNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The scoring rule sets (评分规则, V021) and the one each district is reviewed under. Only administrators
 * choose a district's rule set; the check is here, in the service, whatever page calls it. A choice
 * makes the district's findings current in the same transaction ({@link ReviewChecks#refreshRuleSetFindings}),
 * so nobody reads findings of the rule set it replaced, and goes to the audit log as {@code rule_set_chosen}.
 */
@Service
public class ScoringRuleSets {

    /** How many of the latest choices {@link #choices()} lists. */
    static final int CHOICES_LISTED = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ReviewChecks checks;
    private final ReadOnlyNode node;

    public ScoringRuleSets(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user, ReviewChecks checks) {
        this(jdbi, clock, audit, user, checks, new ReadOnlyNode(false));
    }

    /** @param node on a read-only node nobody chooses: its findings are the warehouse's, replaced at every refresh */
    @Autowired
    public ScoringRuleSets(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user, ReviewChecks checks, ReadOnlyNode node) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
        this.checks = checks;
        this.node = node;
    }

    /** Every rule set with its caps, the default first. */
    public List<RuleSet> ruleSets() {
        return jdbi.withExtension(RuleSetQueries.class, q -> {
            Map<String, List<ExecutionCap>> caps = q.caps().stream()
                    .collect(Collectors.groupingBy(ExecutionCap::ruleSet, Collectors.toList()));
            return q.ruleSets().stream()
                    .map(r -> new RuleSet(r.code(), r.nameZh(), r.nameEn(), r.descriptionZh(), r.descriptionEn(), r.isDefault(),
                            r.overTargetPct(), caps.getOrDefault(r.code(), List.of())))
                    .toList();
        });
    }

    /** The name of the rule set with {@code code} in the UI's language; the code itself where no rule set has it. */
    public String name(String code, Locale locale) {
        return ruleSets().stream().filter(r -> r.code().equals(code)).findFirst().map(r -> r.name(locale)).orElse(code);
    }

    /** Every district the loaded units name (and any that chose before), with its rule set now. */
    public List<DistrictRuleSet> districts() {
        return jdbi.withExtension(RuleSetQueries.class, RuleSetQueries::districts);
    }

    /** The latest choices, latest first. */
    public List<RuleSetChoice> choices() {
        return jdbi.withExtension(RuleSetQueries.class, q -> q.choices(CHOICES_LISTED));
    }

    /** Whether the signed-in user may choose districts' rule sets: administrators, never on a read-only node. */
    public boolean mayChoose() {
        return !node.active() && user.role().filter(r -> r == Role.ADMIN).isPresent();
    }

    /**
     * Puts {@code district} under the rule set {@code ruleSet} and brings the findings of the rules that read
     * rule sets up to date, in one transaction; a choice of the rule set the district has now changes nothing.
     *
     * @return whether the district's rule set changed
     * @throws AccessDeniedException    for a user who is not an administrator
     * @throws IllegalArgumentException for a district no unit names and nobody chose for, or an unknown rule set
     */
    public boolean choose(String district, String ruleSet) {
        node.refuseChanges();
        if (!mayChoose()) {
            throw new AccessDeniedException(user.username() + " may not choose a district's scoring rule set: only administrators do");
        }
        Map<String, DistrictRuleSet> districts = districts().stream()
                .collect(Collectors.toMap(DistrictRuleSet::district, Function.identity()));
        DistrictRuleSet now = Optional.ofNullable(districts.get(district))
                .orElseThrow(() -> new IllegalArgumentException("No unit names the district " + district));
        if (ruleSets().stream().noneMatch(r -> r.code().equals(ruleSet))) {
            throw new IllegalArgumentException("No scoring rule set has the code " + ruleSet);
        }
        if (now.ruleSet().equals(ruleSet)) {
            return false;
        }
        LocalDateTime at = LocalDateTime.now(clock);
        jdbi.useTransaction(h -> {
            Jdbis.unscoped(h); // the district's findings are the app's work over all its units
            h.attach(RuleSetQueries.class).insertChoice(district, ruleSet, user.username(), at);
            checks.refreshRuleSetFindings(h);
        });
        audit.record(user.username(), "rule_set_chosen", district + ": " + now.ruleSet() + " → " + ruleSet, null);
        return true;
    }
}
