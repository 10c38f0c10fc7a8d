package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * The privilege level of GRANT / REVOKE ... ON: {@code *.*} is ("*", "*"), {@code *} is (null, "*"), {@code db.*} is
 * ("db", "*"), {@code db.t} is ("db", "t") and {@code t} is (null, "t").
 *
 * @param type   TABLE when not written
 * @param schema nullable: null when not written, "*" for {@code *.*}
 * @param name   "*" for {@code db.*}, {@code *.*} and a lone {@code *}
 */
public record GrantObject(ObjectType type, String schema, String name) implements Node {
    /** The object type written after ON. */
    public enum ObjectType {
        TABLE,
        FUNCTION,
        PROCEDURE
    }

    public GrantObject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
