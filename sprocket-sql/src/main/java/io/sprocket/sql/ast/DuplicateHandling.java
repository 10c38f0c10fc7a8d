package io.sprocket.sql.ast;

/** CREATE TABLE ... SELECT duplicate-key handling. */
public enum DuplicateHandling {
    ERROR, IGNORE, REPLACE
}
