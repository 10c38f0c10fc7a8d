package io.sprocket.sql.ast;

/** Where inserted rows come from. */
public sealed interface InsertSource extends Node permits InsertValues, InsertSet, InsertQuery {
}
