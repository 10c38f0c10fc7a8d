package io.sprocket.engine.variable;

import java.util.Objects;

/**
 * One checked assignment of a SET statement, ready to apply. MySQL applies {@code SET a = 1, b = 2}
 * all-or-nothing: every assignment is checked (errors raised, clamping warnings reported) before any is
 * applied, so the executor calls {@code check}/{@code checkDefault} for each, then {@code apply} for each.
 *
 * @param variable the definition
 * @param scope    the scope the statement named
 * @param value    the new value in stored form
 */
public record Assignment(SystemVariable variable, ScopeKeyword scope, Object value) {
    public Assignment {
        Objects.requireNonNull(variable);
        Objects.requireNonNull(scope);
    }
}
