package com.perfdash.base.user;

import org.springframework.stereotype.Component;

/** The user until there is a login: everything is done as "system". */
@Component
public class SystemUser implements CurrentUser {

    @Override
    public String name() {
        return "system";
    }
}
