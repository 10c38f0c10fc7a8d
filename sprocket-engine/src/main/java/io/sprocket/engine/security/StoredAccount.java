package io.sprocket.engine.security;

import java.util.Objects;

/**
 * An account's authentication data as stored in the catalog.
 *
 * @param plugin     "mysql_native_password" or "caching_sha2_password"
 * @param authString the plugin's stored credential: "" for no password; for mysql_native_password
 *                   "*" + upper-hex SHA1(SHA1(password)); for caching_sha2_password, see PasswordHashes
 * @param locked     ACCOUNT LOCK
 */
public record StoredAccount(AccountName name, String plugin, String authString, boolean locked) {
    public StoredAccount {
        Objects.requireNonNull(name);
        Objects.requireNonNull(plugin);
        Objects.requireNonNull(authString);
    }

    public boolean hasEmptyPassword() {
        return authString.isEmpty();
    }
}
