package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code SET DEFAULT ROLE {NONE | ALL | role [, role] ...} TO user [, user] ...}.
 *
 * @param users unmodifiable; an element is null = CURRENT_USER
 */
public record SetDefaultRole(RoleSelection selection, List<AccountRef> users) implements AccountStatement {
    public SetDefaultRole {
        Objects.requireNonNull(selection, "selection");
        users = Collections.unmodifiableList(new ArrayList<>(users));
    }
}
