package io.sprocket.sql.ast;

/** Direction of a stored procedure parameter. */
public enum ParameterMode {
    IN, OUT, INOUT
}
