package io.sprocket.sql.ast;

/** The right-hand side of IS [NOT]. */
public enum IsCondition {
    NULL, TRUE, FALSE, UNKNOWN
}
