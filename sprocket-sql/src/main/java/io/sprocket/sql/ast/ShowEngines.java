package io.sprocket.sql.ast;

/**
 * {@code SHOW [STORAGE] ENGINES}.
 */
public record ShowEngines() implements ShowStatement {
}
