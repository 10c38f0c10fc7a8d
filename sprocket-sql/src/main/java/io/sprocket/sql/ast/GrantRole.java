package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code GRANT role [, role] ... TO user [, user] ... [WITH ADMIN OPTION]} (a GRANT without ON).
 *
 * @param grantees unmodifiable; an element is null = CURRENT_USER
 */
public record GrantRole(List<AccountRef> roles, List<AccountRef> grantees, boolean withAdminOption)
        implements AccountStatement {
    public GrantRole {
        roles = List.copyOf(roles);
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }
}
