package com.perfdash.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The user store's SQL; short enough to stand inline. */
@RegisterConstructorMapper(UserRow.class)
public interface UserQueries {

    @SqlQuery("SELECT * FROM app_user WHERE username = :username")
    Optional<UserRow> find(@Bind("username") String username);

    @SqlQuery("SELECT * FROM app_user ORDER BY role, username")
    List<UserRow> all();

    @SqlQuery("SELECT count(*) FROM app_user")
    int count();

    @SqlUpdate("INSERT INTO app_user (username, display_name, role, unit_code, password_hash, enabled, created_at) "
            + "VALUES (:username, :displayName, :role, :unitCode, :hash, true, :at)")
    void insert(@Bind("username") String username, @Bind("displayName") String displayName, @Bind("role") String role,
                @Bind("unitCode") String unitCode, @Bind("hash") String hash, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE app_user SET password_hash = :hash WHERE username = :username")
    void setPasswordHash(@Bind("username") String username, @Bind("hash") String hash);

    @SqlUpdate("UPDATE app_user SET enabled = :enabled WHERE username = :username")
    void setEnabled(@Bind("username") String username, @Bind("enabled") boolean enabled);
}
