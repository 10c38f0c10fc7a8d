package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.Expression;
import java.util.Objects;

/** A CHECK constraint: its name (generated as t_chk_N when not given), condition and enforcement. */
public record CheckDef(String name, Expression condition, boolean enforced) {
    public CheckDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(condition);
    }
}
