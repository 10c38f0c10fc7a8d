package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code EXECUTE name [USING @a, @b]}; variable names without the @.
 */
public record Execute(String name, List<String> usingVariables) implements SessionStatement {
    public Execute {
        Objects.requireNonNull(name, "name");
        usingVariables = List.copyOf(usingVariables);
    }
}
