package io.sprocket.sql.ast;

/** INSERT/REPLACE priority modifier. */
public enum InsertPriority {
    DEFAULT, LOW_PRIORITY, DELAYED, HIGH_PRIORITY
}
