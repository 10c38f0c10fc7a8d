package io.sprocket.sql.ast;

/** ENABLE | DISABLE | DISABLE ON {SLAVE | REPLICA}. */
public enum EventStatus {
    ENABLE, DISABLE, DISABLE_ON_REPLICA
}
