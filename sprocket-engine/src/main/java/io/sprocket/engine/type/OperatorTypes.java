package io.sprocket.engine.type;

import java.util.List;

/**
 * The result type of each arithmetic operator given its operand types, as MySQL 8.0 derives it for result
 * metadata: DOUBLE if any operand is approximate or a string; else DECIMAL with MySQL's precision/scale rules if
 * any operand is DECIMAL (or a temporal with fractional seconds); else BIGINT, unsigned when an operand is.
 */
public final class OperatorTypes {
    private OperatorTypes() {}

    /** MySQL's display length of a DOUBLE expression result (DBL_DIG + 8). */
    public static final int DOUBLE_EXPRESSION_LENGTH = 23;

    private enum Class { INT, DECIMAL, DOUBLE }

    /** Operand class and, for INT/DECIMAL, its precision and scale. */
    private record Operand(Class cls, int precision, int scale, boolean unsigned) {}

    private static Operand operand(SqlType t) {
        return switch (t.kind()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, YEAR ->
                    new Operand(Class.INT, intPrecision(t), 0, t.unsigned());
            case BIT -> new Operand(Class.INT, (int) Math.min(20, (t.length() * 3 + 9) / 10 + 1), 0, true);
            case DECIMAL -> new Operand(Class.DECIMAL, (int) t.length(), t.scale(), t.unsigned());
            case DATE -> new Operand(Class.INT, 8, 0, false);
            case TIME -> t.scale() > 0 ? new Operand(Class.DECIMAL, 7 + t.scale(), t.scale(), false)
                    : new Operand(Class.INT, 7, 0, false);
            case DATETIME, TIMESTAMP -> t.scale() > 0 ? new Operand(Class.DECIMAL, 14 + t.scale(), t.scale(), false)
                    : new Operand(Class.INT, 14, 0, false);
            case NULL -> new Operand(Class.INT, 1, 0, false);
            default -> new Operand(Class.DOUBLE, 0, 0, false);
        };
    }

    private static int intPrecision(SqlType t) {
        return (int) Math.max(1, t.displayLength() - (t.unsigned() ? 0 : 1));
    }

    /** The result type of a binary operator ({@code b} ignored for unary ones). */
    public static SqlType resultType(ArithmeticOperator op, SqlType a, SqlType b, int divPrecisionIncrement) {
        Operand x = operand(a);
        Operand y = op.isUnary() ? x : operand(b);
        switch (op) {
            case BIT_AND, BIT_OR, BIT_XOR, BIT_NOT, SHIFT_LEFT, SHIFT_RIGHT -> {
                return SqlType.integerExpression(21, true);
            }
            case NEGATE -> {
                return switch (x.cls()) {
                    case DOUBLE -> doubleResult();
                    case DECIMAL -> decimal(x.precision(), x.scale(), false);
                    case INT -> SqlType.integerExpression(x.precision() + 1, false);
                };
            }
            default -> { }
        }
        Class cls = x.cls() == Class.DOUBLE || y.cls() == Class.DOUBLE ? Class.DOUBLE
                : x.cls() == Class.DECIMAL || y.cls() == Class.DECIMAL ? Class.DECIMAL : Class.INT;
        boolean unsigned = x.unsigned() || y.unsigned();
        if (op == ArithmeticOperator.DIVIDE) {
            if (cls == Class.DOUBLE) return doubleResult();
            int scale = Math.min(x.scale() + divPrecisionIncrement, Arithmetic.MAX_SCALE);
            int precision = (x.precision() - x.scale()) + y.scale() + scale;
            return decimal(precision, scale, unsigned);
        }
        if (op == ArithmeticOperator.INT_DIVIDE) {
            int len = Math.max(1, x.precision() - x.scale() + (unsigned ? 0 : 0));
            return SqlType.integerExpression(Math.min(len, 21), unsigned);
        }
        if (cls == Class.DOUBLE) return doubleResult();
        int xi = x.precision() - x.scale(), yi = y.precision() - y.scale();
        if (cls == Class.DECIMAL) {
            return switch (op) {
                case PLUS, MINUS -> {
                    int scale = Math.max(x.scale(), y.scale());
                    yield decimal(Math.max(xi, yi) + 1 + scale, scale, unsigned);
                }
                case MULTIPLY -> {
                    int scale = Math.min(x.scale() + y.scale(), Arithmetic.MAX_SCALE);
                    yield decimal(x.precision() + y.precision(), scale, unsigned);
                }
                case MOD -> {
                    int scale = Math.max(x.scale(), y.scale());
                    yield decimal(Math.max(xi, yi) + scale, scale, x.unsigned());
                }
                default -> throw new IllegalArgumentException(op.toString());
            };
        }
        int precision = switch (op) {
            case PLUS, MINUS -> Math.max(x.precision(), y.precision()) + 1;
            case MULTIPLY -> x.precision() + y.precision();
            case MOD -> Math.max(x.precision(), y.precision());
            default -> throw new IllegalArgumentException(op.toString());
        };
        boolean resultUnsigned = op == ArithmeticOperator.MOD ? x.unsigned() : unsigned;
        int length = precision + (resultUnsigned ? 0 : 1);
        return SqlType.integerExpression(Math.min(length, 21), resultUnsigned);
    }

    private static SqlType doubleResult() {
        return new SqlType(TypeKind.DOUBLE, DOUBLE_EXPRESSION_LENGTH, -1, false, false, null, List.of());
    }

    private static SqlType decimal(int precision, int scale, boolean unsigned) {
        return SqlType.decimal(Math.min(Math.max(precision, 1), Arithmetic.MAX_PRECISION), scale, unsigned);
    }

    // ------------------------------------------------------------------ literals

    /** The type of an integer literal: BIGINT with its digit count (and sign) as display length. */
    public static SqlType integerLiteral(Object value) {
        String s = value.toString();
        return SqlType.integerExpression(s.length(), value instanceof java.math.BigInteger);
    }

    /** The type of a DECIMAL literal such as {@code 1.5}: precision = digits, scale = fraction digits. */
    public static SqlType decimalLiteral(java.math.BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        int precision = Math.max(value.precision(), scale);
        if (value.signum() == 0) precision = Math.max(scale + 1, 1);
        return SqlType.decimal(precision, scale);
    }

    /** The type of a DOUBLE literal such as {@code 1e0}: its text length as display length. */
    public static SqlType doubleLiteral(String text) {
        return new SqlType(TypeKind.DOUBLE, text.length(), -1, false, false, null, List.of());
    }

    /** The type of a string literal: VARCHAR of its length in characters, in the connection collation. */
    public static SqlType stringLiteral(String value, Collation collation) {
        return SqlType.varchar(value.codePointCount(0, value.length()), collation);
    }
}
