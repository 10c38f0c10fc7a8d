package io.sprocket.sql.ast;

/** LOCK TABLES lock types. */
public enum TableLockType {
    READ, READ_LOCAL, WRITE, LOW_PRIORITY_WRITE
}
