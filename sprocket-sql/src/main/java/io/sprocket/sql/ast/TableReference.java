package io.sprocket.sql.ast;

/** An item of a FROM clause (or of UPDATE/DELETE table references). */
public sealed interface TableReference extends Node permits TableName, DerivedTable, Join {
}
