package io.sprocket.server.auth;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.StoredAccount;
import java.util.Objects;

/** How an authentication ended: the matched account, or the error to send before closing. */
public sealed interface AuthResult {
    record Accepted(StoredAccount account) implements AuthResult {
        public Accepted {
            Objects.requireNonNull(account);
        }
    }

    record Denied(SqlException error) implements AuthResult {
        public Denied {
            Objects.requireNonNull(error);
        }
    }
}
