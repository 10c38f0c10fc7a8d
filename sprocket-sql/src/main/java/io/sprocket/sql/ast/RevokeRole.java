package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code REVOKE [IF EXISTS] role [, role] ... FROM user [, user] ... [IGNORE UNKNOWN USER]} (a REVOKE without ON).
 *
 * @param grantees unmodifiable; an element is null = CURRENT_USER
 */
public record RevokeRole(boolean ifExists, List<AccountRef> roles, List<AccountRef> grantees,
                         boolean ignoreUnknownUser) implements AccountStatement {
    public RevokeRole {
        roles = List.copyOf(roles);
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }
}
