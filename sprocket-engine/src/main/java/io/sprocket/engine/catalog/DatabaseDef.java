package io.sprocket.engine.catalog;

import io.sprocket.engine.type.Collation;
import java.util.Objects;

/** A database (schema): its name and default collation (which implies its character set). */
public record DatabaseDef(String name, Collation collation) {
    public DatabaseDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(collation);
    }
}
