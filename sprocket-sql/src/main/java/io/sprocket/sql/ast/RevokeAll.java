package io.sprocket.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code REVOKE [IF EXISTS] ALL [PRIVILEGES], GRANT OPTION FROM user [, user] ... [IGNORE UNKNOWN USER]}.
 *
 * @param grantees unmodifiable; an element is null = CURRENT_USER
 */
public record RevokeAll(boolean ifExists, List<AccountRef> grantees, boolean ignoreUnknownUser)
        implements AccountStatement {
    public RevokeAll {
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }
}
