package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A choice of roles: DEFAULT, NONE, ALL, ALL EXCEPT roles, or a list of roles.
 *
 * @param roles the roles of ALL_EXCEPT and LIST; empty for the other kinds
 */
public record RoleSelection(Kind kind, List<AccountRef> roles) implements Node {
    /** Which form was written. */
    public enum Kind {
        DEFAULT,
        NONE,
        ALL,
        ALL_EXCEPT,
        LIST
    }

    public RoleSelection {
        Objects.requireNonNull(kind, "kind");
        roles = List.copyOf(roles);
    }
}
