package com.perfdash.security;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** What the user administration page does: list, add, reset, enable; every change audited. */
@Service
public class UserAdminService {

    /** A unit a unit user can be bound to. */

    private final UserStore users;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Jdbi jdbi;

    public UserAdminService(UserStore users, AuditLog audit, CurrentUser currentUser, Jdbi jdbi) {
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbi = jdbi;
    }

    public List<AppUser> users() {
        return users.all();
    }


    public void create(String username, String displayName, Role role, String unitCode, String password) {
        users.create(username, displayName, role, unitCode, password);
        audit.record(currentUser.username(), "user_created", username + " (" + role.storedName()
                + (unitCode != null && role == Role.UNIT ? ", " + unitCode : "") + ")", null);
    }

    public void resetPassword(String username, String password) {
        users.setPassword(username, password);
        audit.record(currentUser.username(), "user_changed", username + ": password reset", null);
    }

    public void setEnabled(String username, boolean enabled) {
        users.setEnabled(username, enabled);
        audit.record(currentUser.username(), "user_changed", username + (enabled ? ": enabled" : ": disabled"), null);
    }

    public List<AuditLog.Entry> audit() {
        return audit.latest(200);
    }
}
