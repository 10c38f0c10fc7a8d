package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One routine characteristic as written ({@code COMMENT 'x'}, {@code NOT DETERMINISTIC}, {@code SQL SECURITY INVOKER}, ...).
 *
 * @param comment nullable: the text of COMMENT, null for the other kinds
 */
public record RoutineCharacteristic(RoutineCharacteristicKind kind, String comment) implements Node {
    public RoutineCharacteristic {
        Objects.requireNonNull(kind, "kind");
    }
}
