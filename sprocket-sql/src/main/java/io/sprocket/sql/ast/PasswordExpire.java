package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code PASSWORD EXPIRE [DEFAULT | NEVER | INTERVAL n DAY]}.
 *
 * @param days the n of INTERVAL n DAY (0 for the other kinds); values past int range are clamped
 */
public record PasswordExpire(Kind kind, int days) implements Node {
    /** Which form was written. */
    public enum Kind {
        /** Plain PASSWORD EXPIRE: expire now. */
        NOW,
        DEFAULT,
        NEVER,
        INTERVAL
    }

    public PasswordExpire {
        Objects.requireNonNull(kind, "kind");
    }
}
