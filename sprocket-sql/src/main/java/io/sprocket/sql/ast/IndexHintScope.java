package io.sprocket.sql.ast;

/** Index hint FOR clause; ALL when absent. */
public enum IndexHintScope {
    ALL, JOIN, ORDER_BY, GROUP_BY
}
