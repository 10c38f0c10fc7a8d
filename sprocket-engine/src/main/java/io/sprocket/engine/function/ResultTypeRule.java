package io.sprocket.engine.function;

import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import java.util.List;

/**
 * How a function's result type follows from its argument types, as MySQL reports it in result-set metadata.
 * The rule is data so that the analyzer can derive column metadata without evaluating anything.
 */
public enum ResultTypeRule {
    /** VARCHAR in the connection character set, length derived from the arguments. */
    STRING,
    /** LONGTEXT (REPEAT, GROUP_CONCAT beyond 512 characters...). */
    LONG_STRING,
    /** VARBINARY / BLOB (UNHEX, FROM_BASE64, binary-only functions). */
    BINARY_STRING,
    /** String result that is binary when any argument is binary (CONCAT, LEFT, REPLACE...). */
    STRING_OR_BINARY,
    /** BIGINT. */
    INTEGER,
    /** BIGINT UNSIGNED (CRC32, BIT_COUNT results are small, but UUID_SHORT, INET_ATON, BIT_AND are not). */
    UNSIGNED_INTEGER,
    /** Boolean-valued integer: INT(1) (LIKE, REGEXP_LIKE, IS_IPV4...). */
    BOOLEAN,
    DOUBLE,
    DECIMAL,
    /** The numeric type of the first argument: integers stay integers, DECIMAL keeps scale, strings become DOUBLE. */
    SAME_NUMERIC,
    /** ROUND/TRUNCATE: like {@link #SAME_NUMERIC} but the scale comes from the constant second argument. */
    ROUNDED,
    /** CEIL/FLOOR: an integral DECIMAL short enough becomes BIGINT, as MySQL types it. */
    INTEGRAL,
    /** PI(): a DOUBLE shown with 6 decimals. */
    PI,
    /** The aggregate type of all arguments (GREATEST, LEAST, COALESCE, IFNULL, CASE). */
    COMMON_TYPE,
    /** IF(cond, a, b): the aggregate type of arguments 2 and 3. */
    COMMON_TYPE_SKIP_FIRST,
    /** The first argument's type unchanged (ANY_VALUE, NULLIF). */
    FIRST_ARGUMENT,
    DATE,
    /** TIME with the largest fractional precision among the arguments. */
    TIME,
    /** DATETIME with the largest fractional precision among the arguments. */
    DATETIME,
    /** CURTIME(fsp) / UTC_TIME(fsp): the constant first argument is the precision. */
    TIME_WITH_FSP_ARGUMENT,
    /** NOW(fsp) / SYSDATE(fsp) / UTC_TIMESTAMP(fsp): the constant first argument is the precision. */
    DATETIME_WITH_FSP_ARGUMENT,
    /** DATE_ADD and friends: DATETIME, or DATE when the input is a DATE and the unit has no time part. */
    TEMPORAL_ARITHMETIC,
    YEAR,
    JSON,
    /** SUM: DECIMAL over exact arguments (precision + 22), DOUBLE over approximate ones. */
    SUM,
    /** AVG: DECIMAL with div_precision_increment more digits over exact arguments, DOUBLE otherwise. */
    AVERAGE,
    /** UNIX_TIMESTAMP: BIGINT without fractional seconds, DECIMAL with the argument's fsp (6 for strings). */
    UNIX_TIMESTAMP,
    /** No usable value (SLEEP returns 0, DEFAULT...); reported as BIGINT. */
    NULL;

    /** Length MySQL gives a DOUBLE expression. */
    private static final int DOUBLE_LENGTH = 22;

    /**
     * The result type for arguments of {@code types}. {@code constants} holds the values of constant arguments
     * (null when an argument is not constant or the whole array is null): ROUND's places, NOW's fsp, DATE_ADD's
     * unit refine the type with them.
     */
    public SqlType infer(List<SqlType> types, Object[] constants) {
        SqlType first = types.isEmpty() ? SqlType.NULL : types.get(0);
        return switch (this) {
            case STRING -> SqlType.varchar(Math.max(1, totalChars(types)));
            case LONG_STRING -> SqlType.lob(TypeKind.LONGTEXT, null);
            case BINARY_STRING -> SqlType.varbinary(Math.max(1, totalChars(types)));
            case STRING_OR_BINARY -> types.stream().anyMatch(SqlType::isBinaryString)
                    ? SqlType.varbinary(Math.max(1, totalChars(types))) : SqlType.varchar(Math.max(1, totalChars(types)));
            case INTEGER -> SqlType.integerExpression(21, false);
            case UNSIGNED_INTEGER -> SqlType.integerExpression(21, true);
            case BOOLEAN -> SqlType.integerExpression(1, false);
            case DOUBLE -> SqlType.approximate(TypeKind.DOUBLE, DOUBLE_LENGTH, SqlType.NOT_FIXED_DEC);
            case DECIMAL -> SqlType.decimal(65, 4);
            case SAME_NUMERIC -> numeric(first);
            case ROUNDED -> rounded(first, constant(constants, 1));
            case PI -> SqlType.approximate(TypeKind.DOUBLE, 8, 6);
            case INTEGRAL -> first.kind() == TypeKind.DECIMAL
                    ? (first.length() - first.scale() <= 18
                        ? SqlType.integerExpression((int) Math.max(1, first.length() - first.scale() + 1), first.unsigned())
                        : SqlType.decimal((int) Math.min(65, first.length() - first.scale() + 1), 0))
                    : numeric(first);
            case COMMON_TYPE -> common(types);
            case COMMON_TYPE_SKIP_FIRST -> common(types.size() > 1 ? types.subList(1, types.size()) : List.of());
            case FIRST_ARGUMENT -> first;
            case DATE -> SqlType.DATE;
            case TIME -> SqlType.time(argumentFsp(types, constants));
            case DATETIME -> SqlType.datetime(argumentFsp(types, constants));
            case TIME_WITH_FSP_ARGUMENT -> SqlType.time(fsp(constants));
            case DATETIME_WITH_FSP_ARGUMENT -> SqlType.datetime(fsp(constants));
            case TEMPORAL_ARITHMETIC -> temporalArithmetic(first, constant(constants, 2));
            case YEAR -> SqlType.YEAR;
            case JSON -> SqlType.JSON;
            case SUM -> first.kind().isApproximate() || first.kind().isString()
                    ? DOUBLE.infer(types, constants)
                    : SqlType.decimal((int) Math.min(65, precision(first) + 22), first.kind() == TypeKind.DECIMAL ? first.scale() : 0);
            case AVERAGE -> first.kind().isApproximate() || first.kind().isString()
                    ? DOUBLE.infer(types, constants)
                    : SqlType.decimal((int) Math.min(65, precision(first) + 4),
                            Math.min(30, (first.kind() == TypeKind.DECIMAL ? first.scale() : 0) + 4));
            case UNIX_TIMESTAMP -> {
                Object c = constant(constants, 0);
                int fsp = types.isEmpty() || first.kind().isInteger() ? 0
                        : first.kind().isTemporal() ? first.fsp()
                        : c instanceof String text && text.indexOf('.') < 0 ? 0 : 6;
                yield fsp == 0 ? SqlType.integerExpression(21, false) : SqlType.decimal(17 + fsp, fsp);
            }
            case NULL -> SqlType.integerExpression(1, false);
        };
    }

    private static Object constant(Object[] constants, int index) {
        return constants != null && index < constants.length ? constants[index] : null;
    }

    private static int fsp(Object[] constants) {
        Object c = constant(constants, 0);
        return c instanceof Long l && l >= 0 && l <= 6 ? l.intValue() : 0;
    }

    /** The largest fsp of temporal arguments, or of constant DECIMAL arguments' scale (FROM_UNIXTIME(1.5)). */
    private static int argumentFsp(List<SqlType> types, Object[] constants) {
        int fsp = 0;
        for (int i = 0; i < types.size(); i++) {
            SqlType t = types.get(i);
            if (t.kind().isTemporal()) fsp = Math.max(fsp, t.fsp());
            if (constant(constants, i) instanceof java.math.BigDecimal d) fsp = Math.max(fsp, Math.min(6, d.scale()));
            else if (t.kind() == TypeKind.DECIMAL) fsp = Math.max(fsp, Math.min(6, t.scale()));
        }
        return fsp;
    }

    private static long totalChars(List<SqlType> types) {
        long total = 0;
        for (SqlType t : types) total += t.kind() == TypeKind.NULL ? 0 : t.displayLength();
        return Math.min(total, 65535);
    }

    private static long precision(SqlType t) {
        if (t.kind() == TypeKind.DECIMAL) return t.length();
        return t.kind().isInteger() ? 20 : 20;
    }

    private static SqlType numeric(SqlType t) {
        if (t.kind().isInteger()) return SqlType.integerExpression((int) Math.max(1, t.displayLength()), t.unsigned());
        if (t.kind() == TypeKind.DECIMAL) return t;
        if (t.kind() == TypeKind.NULL) return SqlType.integerExpression(1, false);
        return SqlType.approximate(TypeKind.DOUBLE, DOUBLE_LENGTH, SqlType.NOT_FIXED_DEC);
    }

    private static SqlType rounded(SqlType t, Object places) {
        if (t.kind() == TypeKind.DECIMAL && places instanceof Long d) {
            int scale = (int) Math.max(0, Math.min(30, d));
            return SqlType.decimal((int) Math.min(65, t.length() - t.scale() + scale + 1), scale);
        }
        return numeric(t);
    }

    private static SqlType temporalArithmetic(SqlType base, Object unit) {
        if (base.kind().isString() || base.kind() == TypeKind.NULL) return SqlType.varchar(29);
        if (base.kind() == TypeKind.DATE && unit != null) {
            try {
                if (IntervalUnit.of(unit).dateOnly()) return SqlType.DATE;
            } catch (RuntimeException e) {
                return SqlType.datetime(0);
            }
        }
        if (base.kind() == TypeKind.TIME) return base;
        return SqlType.datetime(base.kind().isTemporal() ? base.fsp() : 0);
    }

    /** MySQL's type aggregation for GREATEST/COALESCE/IF/CASE results. */
    static SqlType common(List<SqlType> types) {
        SqlType result = null;
        for (SqlType t : types) {
            if (t.kind() == TypeKind.NULL) continue;
            if (result == null) {
                result = t;
                continue;
            }
            result = merge(result, t);
        }
        return result == null ? SqlType.NULL : result;
    }

    private static SqlType merge(SqlType a, SqlType b) {
        TypeKind x = a.kind();
        TypeKind y = b.kind();
        if (x.isInteger() && y.isInteger()) {
            return SqlType.integerExpression((int) Math.max(a.displayLength(), b.displayLength()),
                    a.unsigned() && b.unsigned());
        }
        if (x.isNumeric() && y.isNumeric()) {
            if (x.isApproximate() || y.isApproximate()) {
                return SqlType.approximate(TypeKind.DOUBLE, DOUBLE_LENGTH, SqlType.NOT_FIXED_DEC);
            }
            int scale = Math.max(a.kind() == TypeKind.DECIMAL ? a.scale() : 0, b.kind() == TypeKind.DECIMAL ? b.scale() : 0);
            long intDigits = Math.max(precision(a) - (x == TypeKind.DECIMAL ? a.scale() : 0),
                    precision(b) - (y == TypeKind.DECIMAL ? b.scale() : 0));
            return SqlType.decimal((int) Math.min(65, intDigits + scale), scale);
        }
        if (x.isTemporal() && y.isTemporal()) {
            if (x == y) return a.fsp() >= b.fsp() ? a : b;
            return SqlType.datetime(Math.max(a.fsp(), b.fsp()));
        }
        long chars = Math.max(a.displayLength(), b.displayLength());
        if (a.isBinaryString() || b.isBinaryString()) return SqlType.varbinary(chars);
        return SqlType.varchar(chars);
    }
}
