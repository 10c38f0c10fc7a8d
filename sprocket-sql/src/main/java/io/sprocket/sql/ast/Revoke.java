package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code REVOKE [IF EXISTS] priv [(cols)] [, ...] ON [type] level FROM user [, user] ... [IGNORE UNKNOWN USER]};
 * {@code REVOKE ALL [PRIVILEGES] ON ...} has the one privilege "ALL".
 *
 * @param grantees unmodifiable; an element is null = CURRENT_USER
 */
public record Revoke(boolean ifExists, List<PrivilegeSpec> privileges, GrantObject object, List<AccountRef> grantees,
                     boolean ignoreUnknownUser) implements AccountStatement {
    public Revoke {
        privileges = List.copyOf(privileges);
        Objects.requireNonNull(object, "object");
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }
}
