package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ALTER INDEX i VISIBLE|INVISIBLE}.
 */
public record AlterIndexVisibility(String index, boolean invisible) implements AlterAction {
    public AlterIndexVisibility {
        Objects.requireNonNull(index, "index");
    }
}
