package io.sprocket.engine.type;

/** The arithmetic and bit operators whose semantics and result types this package defines. */
public enum ArithmeticOperator {
    PLUS("+"), MINUS("-"), MULTIPLY("*"), DIVIDE("/"), INT_DIVIDE("DIV"), MOD("%"), NEGATE("-"),
    BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), BIT_NOT("~"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>");

    private final String symbol;

    ArithmeticOperator(String symbol) { this.symbol = symbol; }

    /** The operator as MySQL prints it in expression text ({@code (`a` + `b`)}). */
    public String symbol() { return symbol; }

    public boolean isUnary() { return this == NEGATE || this == BIT_NOT; }
}
