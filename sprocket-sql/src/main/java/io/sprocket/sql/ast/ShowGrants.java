package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code SHOW GRANTS [FOR user [USING role [, role] ...]]}; account null means the current user (also for FOR
 * CURRENT_USER[()]).
 *
 * @param account nullable
 * @param using   the roles of USING; empty when there is no USING
 */
public record ShowGrants(AccountRef account, List<AccountRef> using) implements ShowStatement {
    public ShowGrants {
        using = List.copyOf(using);
    }

    /** Without USING. */
    public ShowGrants(AccountRef account) {
        this(account, List.of());
    }
}
