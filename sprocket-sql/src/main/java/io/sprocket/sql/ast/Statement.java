package io.sprocket.sql.ast;

/** A top-level SQL statement. Families are sealed sub-interfaces so a switch over Statement stays exhaustive; account/privilege, routine-definition and compound statements will be added as new families. */
public sealed interface Statement extends Node permits DmlStatement, DdlStatement, SessionStatement, ShowStatement, UtilityStatement, RoutineStatement {
}
