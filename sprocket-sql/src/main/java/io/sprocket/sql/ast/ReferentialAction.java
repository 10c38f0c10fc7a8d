package io.sprocket.sql.ast;

/** Foreign key ON DELETE/ON UPDATE actions. */
public enum ReferentialAction {
    UNSPECIFIED, RESTRICT, CASCADE, SET_NULL, NO_ACTION, SET_DEFAULT
}
