package io.sprocket.sql.ast;

/** Transaction isolation levels. */
public enum IsolationLevel {
    READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE
}
