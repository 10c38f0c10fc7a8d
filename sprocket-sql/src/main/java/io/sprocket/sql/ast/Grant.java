package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code GRANT priv [(cols)] [, priv [(cols)]] ... ON [TABLE | FUNCTION | PROCEDURE] level TO user [, user] ...
 * [WITH GRANT OPTION] [AS user [WITH ROLE ...]]}; {@code GRANT ALL [PRIVILEGES] ON ...} has the one privilege "ALL".
 * The WITH ROLE part of AS is parsed and not kept.
 *
 * @param grantees unmodifiable; an element is null = CURRENT_USER
 * @param as       nullable: the AS user (null when absent, and for AS CURRENT_USER)
 */
public record Grant(List<PrivilegeSpec> privileges, GrantObject object, List<AccountRef> grantees,
                    boolean withGrantOption, AccountRef as) implements AccountStatement {
    public Grant {
        privileges = List.copyOf(privileges);
        Objects.requireNonNull(object, "object");
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }

    /** Without AS. */
    public Grant(List<PrivilegeSpec> privileges, GrantObject object, List<AccountRef> grantees, boolean withGrantOption) {
        this(privileges, object, grantees, withGrantOption, null);
    }
}
