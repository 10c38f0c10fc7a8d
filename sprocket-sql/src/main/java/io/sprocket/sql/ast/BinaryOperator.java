package io.sprocket.sql.ast;

/** Infix operators, with the spelling MySQL 8.0 uses when it prints an expression (SHOW CREATE TABLE, views). */
public enum BinaryOperator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    INTEGER_DIVIDE("DIV"),
    MODULO("%"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^"),
    SHIFT_LEFT("<<"),
    SHIFT_RIGHT(">>"),
    EQUAL("="),
    NULL_SAFE_EQUAL("<=>"),
    NOT_EQUAL("<>"),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">="),
    AND("and"),
    OR("or"),
    XOR("xor"),
    /** {@code ||} under sql_mode PIPES_AS_CONCAT. */
    CONCAT("||"),
    /** {@code col -> path}, i.e. json_extract(col, path). */
    JSON_EXTRACT("->"),
    /** {@code col ->> path}, i.e. json_unquote(json_extract(col, path)). */
    JSON_UNQUOTE_EXTRACT("->>");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as MySQL prints it in canonical text. */
    public String symbol() {
        return symbol;
    }

    /** True for the six comparison operators and {@code <=>}. */
    public boolean isComparison() {
        return switch (this) {
            case EQUAL, NULL_SAFE_EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> true;
            default -> false;
        };
    }
}
