package io.sprocket.sql.ast;

/** Transaction access modes. */
public enum TransactionAccessMode {
    READ_ONLY, READ_WRITE
}
