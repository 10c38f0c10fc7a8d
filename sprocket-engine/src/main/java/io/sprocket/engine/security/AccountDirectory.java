package io.sprocket.engine.security;

import java.util.Optional;

/** Finds the account a login matches, in MySQL's order (most specific host first). */
public interface AccountDirectory {
    /**
     * @param user       the user name the client sent
     * @param clientHost the client's address as text ("127.0.0.1", "::1", ...); loopback also matches 'localhost'
     */
    Optional<StoredAccount> find(String user, String clientHost);
}
