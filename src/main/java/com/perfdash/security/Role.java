package com.perfdash.security;

/** The roles of the product; the Spring authority is {@code ROLE_<NAME>}. */
public enum Role {
    /** 领导: all units, read. */
    LEADER,
    /** 财政绩效科: all units, read, import, review. */
    FINANCE,
    /** 预算单位: its own unit only; may upload its own workbook. */
    UNIT,
    /** 管理员: users and data. */
    ADMIN;

    /** Names for {@code @RolesAllowed}. */
    public static final String LEADER_NAME = "LEADER";
    public static final String FINANCE_NAME = "FINANCE";
    public static final String UNIT_NAME = "UNIT";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    public String storedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromStored(String stored) {
        return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }
}
