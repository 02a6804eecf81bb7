package com.perfdash.security;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The sign-in throttle's tables (V018: {@code login_failure}, {@code login_backoff},
 * {@code login_known_address}); SQL in {@code com/perfdash/security/LoginThrottleQueries/*.sql}. Only
 * {@link LoginThrottle} uses them, one attempt at a time.
 */
@UseClasspathSqlLocator
public interface LoginThrottleQueries {

    @SqlQuery
    @RegisterConstructorMapper(LoginThrottle.AddressCount.class)
    Optional<LoginThrottle.AddressCount> addressCount(@Bind("username") String username, @Bind("address") String address);

    @SqlUpdate
    void saveAddressCount(@Bind("username") String username, @Bind("address") String address, @Bind("failures") int failures,
                          @Bind("windowStart") LocalDateTime windowStart, @Bind("lockedUntil") LocalDateTime lockedUntil);

    @SqlUpdate
    void clearAddressCount(@Bind("username") String username, @Bind("address") String address);

    @SqlQuery
    @RegisterConstructorMapper(LoginThrottle.NameCount.class)
    Optional<LoginThrottle.NameCount> nameCount(@Bind("username") String username);

    @SqlUpdate
    void saveNameCount(@Bind("username") String username, @Bind("failures") int failures,
                       @Bind("lastFailureAt") LocalDateTime lastFailureAt, @Bind("nextAllowedAt") LocalDateTime nextAllowedAt);

    @SqlQuery
    boolean isKnownAddress(@Bind("username") String username, @Bind("address") String address, @Bind("since") LocalDateTime since);

    @SqlUpdate
    void saveKnownAddress(@Bind("username") String username, @Bind("address") String address, @Bind("at") LocalDateTime at);

    @SqlUpdate
    void sweepAddressCounts(@Bind("windowStart") LocalDateTime windowStart, @Bind("now") LocalDateTime now);

    @SqlUpdate
    void sweepNameCounts(@Bind("quietSince") LocalDateTime quietSince);

    @SqlUpdate
    void sweepKnownAddresses(@Bind("since") LocalDateTime since);
}
