package io.sprocket.sql.ast;

/** Set operators between query bodies. */
public enum SetOperator {
    UNION, INTERSECT, EXCEPT
}
