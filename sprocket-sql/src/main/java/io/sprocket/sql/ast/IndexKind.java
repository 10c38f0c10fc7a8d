package io.sprocket.sql.ast;

/** Index kinds. */
public enum IndexKind {
    PRIMARY, UNIQUE, INDEX, FULLTEXT, SPATIAL
}
