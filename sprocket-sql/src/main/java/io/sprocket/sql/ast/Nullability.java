package io.sprocket.sql.ast;

/** Column nullability as written. */
public enum Nullability {
    UNSPECIFIED, NULL, NOT_NULL
}
