package io.sprocket.sql.ast;

/** Join kinds; INNER and CROSS are equivalent in MySQL (both may carry ON/USING); STRAIGHT is STRAIGHT_JOIN. */
public enum JoinType {
    INNER, CROSS, STRAIGHT, LEFT, RIGHT, NATURAL, NATURAL_LEFT, NATURAL_RIGHT
}
