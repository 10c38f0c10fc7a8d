package io.sprocket.sql.ast;

/** The body of a query expression. */
public sealed interface QueryBody extends Node permits QuerySpecification, SetOperation, NestedQuery, TableValueConstructor, ExplicitTable {
}
