package io.sprocket.engine.security;

import java.util.Objects;

/**
 * An account's authentication data as stored in the catalog.
 *
 * @param plugin     "mysql_native_password" or "caching_sha2_password"
 * @param authString the plugin's stored credential: "" for no password; for mysql_native_password
 *                   "*" + upper-hex SHA1(SHA1(password)); for caching_sha2_password, see PasswordHashes
 * @param locked     ACCOUNT LOCK
 * @param passwordExpired PASSWORD EXPIRE: the account must set a new password before anything else
 */
public record StoredAccount(AccountName name, String plugin, String authString, boolean locked,
                            boolean passwordExpired) {
    public StoredAccount(AccountName name, String plugin, String authString, boolean locked) {
        this(name, plugin, authString, locked, false);
    }

    public StoredAccount {
        Objects.requireNonNull(name);
        Objects.requireNonNull(plugin);
        Objects.requireNonNull(authString);
    }

    public boolean hasEmptyPassword() {
        return authString.isEmpty();
    }
}
