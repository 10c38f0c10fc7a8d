package io.sprocket.sql.ast;

/** What a handler or condition declaration refers to. */
public enum ConditionValueKind {
    ERROR_CODE, SQLSTATE, CONDITION_NAME, SQLWARNING, NOT_FOUND, SQLEXCEPTION
}
