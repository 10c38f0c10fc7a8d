package io.sprocket.sql.ast;

/** Key declared inline on a column ({@code UNIQUE [KEY]}, {@code [PRIMARY] KEY}). */
public enum ColumnKey {
    NONE, UNIQUE, PRIMARY
}
