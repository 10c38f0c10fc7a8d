package io.sprocket.sql.ast;

/** A top-level SQL statement. Families are sealed sub-interfaces so a switch over Statement stays exhaustive; account management is {@link AccountStatement}. */
public sealed interface Statement extends Node permits DmlStatement, DdlStatement, SessionStatement, ShowStatement, UtilityStatement, RoutineStatement, AccountStatement, EventStatement, TriggerStatement, ViewStatement {
}
