package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code DROP USER [IF EXISTS] user [, user] ...}.
 *
 * @param users unmodifiable; an element is null = CURRENT_USER
 */
public record DropUser(boolean ifExists, List<AccountRef> users) implements AccountStatement {
    public DropUser {
        users = Collections.unmodifiableList(new ArrayList<>(users));
    }
}
