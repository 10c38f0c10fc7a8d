package io.sprocket.engine.type;

/**
 * How strongly an expression insists on its collation (MySQL's COERCIBILITY() values, lower wins): an explicit
 * COLLATE clause, a column, a system constant such as USER(), a literal, a number, NULL.
 */
public enum Coercibility {
    EXPLICIT, NONE, IMPLICIT, SYSCONST, COERCIBLE, NUMERIC, IGNORABLE;

    /** The value COERCIBILITY() returns. */
    public int value() { return ordinal(); }
}
