package io.sprocket.sql.ast;

/**
 * {@code NULL} (also {@code \N}).
 */
public record NullLiteral() implements Expression {
}
