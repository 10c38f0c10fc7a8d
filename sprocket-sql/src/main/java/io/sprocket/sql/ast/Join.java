package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A join; {@code on} and {@code using} are exclusive (both absent for CROSS/NATURAL or a condition-less INNER join).
 *
 * @param on nullable
 */
public record Join(JoinType type, TableReference left, TableReference right, Expression on, List<String> using) implements TableReference {
    public Join {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        using = List.copyOf(using);
    }
}
