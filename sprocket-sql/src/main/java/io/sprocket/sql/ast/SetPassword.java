package io.sprocket.sql.ast;

/**
 * {@code SET PASSWORD [FOR user] {= 'auth_string' | TO RANDOM} [REPLACE 'current'] [RETAIN CURRENT PASSWORD]}
 * ({@code :=} is accepted for {@code =}).
 *
 * @param account       nullable: null = the current user (no FOR, or FOR CURRENT_USER[()])
 * @param password      nullable: the new cleartext password; null for TO RANDOM
 * @param random        TO RANDOM
 * @param replace       nullable: the current password given by REPLACE 'current'
 * @param retainCurrent RETAIN CURRENT PASSWORD
 */
public record SetPassword(AccountRef account, String password, boolean random, String replace, boolean retainCurrent)
        implements AccountStatement {
    public SetPassword {
        if ((password == null) != random) {
            throw new IllegalArgumentException("exactly one of a password and TO RANDOM");
        }
    }

    /** Without REPLACE / RETAIN CURRENT PASSWORD. */
    public SetPassword(AccountRef account, String password, boolean random) {
        this(account, password, random, null, false);
    }
}
