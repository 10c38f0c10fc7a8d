package io.sprocket.sql.ast;

/** An element of a CREATE TABLE list (also used by ALTER TABLE ADD). */
public sealed interface TableElement extends Node permits ColumnDefinition, IndexDefinition, CheckConstraint, ForeignKey {
}
