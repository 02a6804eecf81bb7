package com.perfdash.security;

import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first accounts. Outside production an empty user store gets the documented demo accounts
 * (README), so that a fresh clone can sign in. In production (the Spring profile {@code prod}) an empty
 * store gets one {@code admin} whose password comes from {@code perfdash.security.initial-admin-password},
 * and the app refuses to start while any account still has its published demo password, unless
 * {@code perfdash.security.allow-demo-passwords=true}.
 */
@Component
public class DemoUsers implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** A demo account. */
    public record DemoAccount(String username, String displayName, Role role, String unitCode, String password) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("leader", "区领导（演示）", Role.LEADER, null, "leader-demo"),
            new DemoAccount("finance", "财政局绩效科（演示）", Role.FINANCE, null, "finance-demo"),
            new DemoAccount("unit", "青禾区财政局（演示）", Role.UNIT, "qh-caizheng", "unit-demo1"),
            new DemoAccount("admin", "系统管理员（演示）", Role.ADMIN, null, "admin-demo"));

    private final UserStore users;
    private final Environment environment;
    private final boolean createDemoUsers;
    private final boolean allowDemoPasswords;
    private final String initialAdminPassword;

    public DemoUsers(UserStore users, Environment environment,
                     @Value("${perfdash.security.demo-users:true}") boolean createDemoUsers,
                     @Value("${perfdash.security.allow-demo-passwords:false}") boolean allowDemoPasswords,
                     @Value("${perfdash.security.initial-admin-password:}") String initialAdminPassword) {
        this.users = users;
        this.environment = environment;
        this.createDemoUsers = createDemoUsers;
        this.allowDemoPasswords = allowDemoPasswords;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void afterPropertiesSet() {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (production && users.isEmpty()) {
            if (initialAdminPassword.isBlank()) {
                throw new IllegalStateException("Refusing to start in production with no users: set"
                        + " perfdash.security.initial-admin-password (PERFDASH_ADMIN_PASSWORD) for the first admin.");
            }
            users.create("admin", "系统管理员", Role.ADMIN, null, initialAdminPassword);
        } else if (createDemoUsers && users.isEmpty()) {
            for (DemoAccount a : ACCOUNTS) {
                users.create(a.username(), a.displayName(), a.role(), a.unitCode(), a.password());
            }
            log.warn("Created the demo accounts {} with their documented passwords: change them before real use.",
                    ACCOUNTS.stream().map(DemoAccount::username).toList());
        }
        List<String> stillDemo = ACCOUNTS.stream().filter(a -> users.passwordMatches(a.username(), a.password()))
                .map(DemoAccount::username).toList();
        if (production && !stillDemo.isEmpty() && !allowDemoPasswords) {
            throw new IllegalStateException("Refusing to start in production: the accounts " + stillDemo
                    + " still have their published demo passwords. Change them (admin page) or start with"
                    + " perfdash.security.allow-demo-passwords=true.");
        }
        if (!stillDemo.isEmpty()) {
            log.warn("Accounts with their published demo passwords: {}", stillDemo);
        }
    }
}
