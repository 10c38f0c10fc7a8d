package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ALTER [COLUMN] c SET VISIBLE|INVISIBLE}.
 */
public record AlterColumnVisibility(String column, boolean invisible) implements AlterAction {
    public AlterColumnVisibility {
        Objects.requireNonNull(column, "column");
    }
}
