package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A call {@code name(args)} or {@code db.name(args)} (stored function). Also produced for keyword functions such as {@code CURRENT_TIMESTAMP} written without parentheses (name upper-case, no arguments), {@code SUBSTRING(s FROM a FOR b)} (name SUBSTRING) and {@code POSITION(a IN b)} (name LOCATE). {@code name} keeps the source case except for those keyword forms.
 *
 * @param schema nullable
 */
public record FunctionCall(String schema, String name, List<Expression> arguments) implements Expression {
    public FunctionCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }
}
