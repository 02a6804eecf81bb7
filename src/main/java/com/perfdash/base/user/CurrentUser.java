package com.perfdash.base.user;

/**
 * Who is using the app, for the records that say who did what (the import log, a batch's manifest).
 * There is no login yet: the default bean answers "system"; access control will replace it.
 */
@FunctionalInterface
public interface CurrentUser {

    /** The user's name as records show it. */
    String name();
}
