package io.sprocket.sql.ast;

/** The temporal type of a typed literal or GET_FORMAT argument. */
public enum TemporalKind {
    DATE, TIME, DATETIME, TIMESTAMP
}
