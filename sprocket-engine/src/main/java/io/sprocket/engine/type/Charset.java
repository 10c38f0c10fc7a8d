package io.sprocket.engine.type;

import java.util.Objects;

/**
 * A character set as SHOW CHARACTER SET and information_schema.CHARACTER_SETS list it.
 *
 * @param maxLength bytes per character at most (4 for utf8mb4): column display lengths are chars * maxLength
 */
public record Charset(String name, String description, String defaultCollation, int maxLength) {
    public Charset {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(defaultCollation);
    }

    public boolean isBinary() { return name.equals("binary"); }
}
