package io.sprocket.sql.ast;

/** One item of a SET statement. */
public sealed interface VariableAssignment extends Node permits UserVariableAssignment, SystemVariableAssignment, SetNames, SetCharacterSet {
}
