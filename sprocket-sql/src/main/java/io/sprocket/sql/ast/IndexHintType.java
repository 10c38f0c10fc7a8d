package io.sprocket.sql.ast;

/** Index hint verbs. */
public enum IndexHintType {
    USE, FORCE, IGNORE
}
