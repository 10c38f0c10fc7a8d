package io.sprocket.engine.session;

import io.sprocket.engine.security.AccountName;
import java.util.Objects;

/**
 * What the protocol layer learned at connection time.
 *
 * @param user            the login as the client gave it and the host it came from (what USER() reports)
 * @param account         the account that matched (what CURRENT_USER() reports at top level)
 * @param database        initial default database, or null
 * @param multiStatements CLIENT_MULTI_STATEMENTS was negotiated
 * @param multiResults    CLIENT_MULTI_RESULTS was negotiated
 * @param foundRows       CLIENT_FOUND_ROWS: UPDATE reports matched rather than changed rows
 * @param collationId     the collation id the client asked for in its handshake response
 */
public record ClientInfo(AccountName user, AccountName account, String database, boolean multiStatements,
                         boolean multiResults, boolean foundRows, int collationId) {
    public ClientInfo {
        Objects.requireNonNull(user);
        Objects.requireNonNull(account);
    }
}
