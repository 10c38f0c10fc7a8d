package io.sprocket.sql.ast;

/**
 * {@code IDENTIFIED [WITH plugin] [BY 'password' | BY RANDOM PASSWORD | AS 'auth_string'] [REPLACE 'current']
 * [RETAIN CURRENT PASSWORD]} (REPLACE and RETAIN only in ALTER USER).
 *
 * @param plugin         nullable: the authentication plugin of IDENTIFIED WITH
 * @param password       nullable: the cleartext of BY 'x'
 * @param authString     nullable: the stored authentication string of AS 'hash'
 * @param randomPassword BY RANDOM PASSWORD
 * @param replace        nullable: the current password given by REPLACE 'current'
 * @param retainCurrent  RETAIN CURRENT PASSWORD
 */
public record AuthOption(String plugin, String password, String authString, boolean randomPassword, String replace,
                         boolean retainCurrent) implements Node {
    public AuthOption {
        if (password != null && (authString != null || randomPassword) || authString != null && randomPassword) {
            throw new IllegalArgumentException("at most one of BY 'x', BY RANDOM PASSWORD and AS 'hash'");
        }
    }

    /** Without REPLACE / RETAIN CURRENT PASSWORD. */
    public AuthOption(String plugin, String password, String authString, boolean randomPassword) {
        this(plugin, password, authString, randomPassword, null, false);
    }
}
