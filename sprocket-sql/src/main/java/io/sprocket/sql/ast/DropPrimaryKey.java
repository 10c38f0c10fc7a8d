package io.sprocket.sql.ast;

/**
 * {@code DROP PRIMARY KEY}.
 */
public record DropPrimaryKey() implements AlterAction {
}
