package io.sprocket.sql.ast;

/** Prefix operators. {@code !x} and {@code NOT x} are the same operator (they differ only in precedence). */
public enum UnaryOperator {
    NEGATE("-"),
    BIT_NOT("~"),
    NOT("not"),
    BINARY("binary");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as MySQL prints it in canonical text. */
    public String symbol() {
        return symbol;
    }
}
