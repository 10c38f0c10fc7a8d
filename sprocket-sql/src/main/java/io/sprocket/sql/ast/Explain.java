package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code EXPLAIN|DESCRIBE [ANALYZE] [FORMAT=x] stmt}.
 *
 * @param format nullable
 */
public record Explain(String format, boolean analyze, Statement statement) implements UtilityStatement {
    public Explain {
        Objects.requireNonNull(statement, "statement");
    }
}
