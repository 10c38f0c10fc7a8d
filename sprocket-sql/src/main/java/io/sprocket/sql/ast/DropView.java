package io.sprocket.sql.ast;

import java.util.List;

/** {@code DROP VIEW [IF EXISTS] v [, v] ... [RESTRICT | CASCADE]}; RESTRICT and CASCADE do nothing, as in MySQL. */
public record DropView(boolean ifExists, List<ObjectName> names) implements ViewStatement {
    public DropView {
        names = List.copyOf(names);
    }
}
