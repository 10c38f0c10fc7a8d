package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A table option; {@code name} canonical upper case with single spaces (ENGINE, CHARACTER SET, COLLATE, AUTO_INCREMENT, COMMENT, ROW_FORMAT, KEY_BLOCK_SIZE, ...; CHARSET becomes CHARACTER SET), {@code value} as written without quotes.
 */
public record TableOption(String name, String value) implements Node {
    public TableOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
