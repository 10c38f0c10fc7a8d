package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.ApproximateLiteral;
import io.sprocket.sql.ast.BitLiteral;
import io.sprocket.sql.ast.BooleanLiteral;
import io.sprocket.sql.ast.ColumnDefinition;
import io.sprocket.sql.ast.DecimalLiteral;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.HexLiteral;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Nullability;
import io.sprocket.sql.ast.NullLiteral;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.TemporalLiteral;
import io.sprocket.sql.ast.UnaryOperation;
import io.sprocket.sql.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** Builds a {@link ColumnDef} from a parsed column definition: type, nullability and a validated DEFAULT. */
final class ColumnFactory {
    private static final Set<String> NOW_FUNCTIONS = Set.of("CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP");
    /** Marks "no constant value" in {@link #literalValue}. */
    private static final Object NOT_CONSTANT = new Object();

    private ColumnFactory() {
    }

    static ColumnDef build(DdlContext ctx, ColumnDefinition def, Collation tableCollation) {
        String name = def.name();
        if (def.generated() != null) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "generated columns");
        SqlType type = ColumnTypes.toSqlType(name, def.type(), tableCollation);
        deprecationWarnings(ctx, def);
        boolean nullable = def.nullability() != Nullability.NOT_NULL;
        if (def.key() == io.sprocket.sql.ast.ColumnKey.PRIMARY) {
            if (def.nullability() == Nullability.NULL) throw new SqlException(ErrorCode.ER_PRIMARY_CANT_HAVE_NULL);
            nullable = false;
        }
        if (def.autoIncrement()) {
            boolean numeric = type.kind().isInteger() || type.kind().isApproximate();
            if (!numeric) throw new SqlException(ErrorCode.ER_WRONG_FIELD_SPEC, name);
            if (def.defaultValue() != null) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
            nullable = def.nullability() == Nullability.NULL && nullable;
            if (def.nullability() != Nullability.NULL) nullable = false;
        }
        boolean onUpdateNow = false;
        if (def.onUpdate() != null) {
            if (!isNow(def.onUpdate(), type)) throw new SqlException(ErrorCode.ER_INVALID_ON_UPDATE, name);
            onUpdateNow = true;
        }
        Object defaultValue = null;
        Expression defaultExpression = null;
        boolean hasDefault;
        Expression d = def.defaultValue();
        if (d == null) {
            hasDefault = nullable && !def.autoIncrement();
        } else if (def.defaultIsExpression()) {
            defaultExpression = d;
            hasDefault = true;
        } else if (d instanceof FunctionCall f && NOW_FUNCTIONS.contains(f.name().toUpperCase(Locale.ROOT))) {
            if (!isNow(d, type)) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
            defaultExpression = d;
            hasDefault = true;
        } else {
            Object literal = literalValue(d);
            if (literal == NOT_CONSTANT) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
            if (literal == null) {
                if (!nullable) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
            } else {
                if (type.kind().isTextOrBlob() || type.kind() == TypeKind.JSON) {
                    throw new SqlException(ErrorCode.ER_BLOB_CANT_HAVE_DEFAULT, name);
                }
                defaultValue = convertDefault(ctx, type, name, literal);
            }
            hasDefault = true;
        }
        String comment = def.comment() == null ? "" : def.comment();
        return new ColumnDef(name, type, nullable, defaultValue, hasDefault, defaultExpression, onUpdateNow,
                def.autoIncrement(), comment, def.invisible());
    }

    /** MySQL 8.0.17+ warns (1681) about integer display widths, float digits, UNSIGNED decimals and ZEROFILL. */
    private static void deprecationWarnings(DdlContext ctx, ColumnDefinition def) {
        io.sprocket.sql.ast.DataType t = def.type();
        if (t.zerofill()) ctx.warnings().warn(ErrorCode.ER_WARN_DEPRECATED_ZEROFILL);
        if (t.name().isInteger() && t.length() != null && !t.zerofill()
                && !(t.name() == io.sprocket.sql.ast.TypeName.TINYINT && t.length() == 1)) {
            ctx.warnings().warn(ErrorCode.ER_WARN_DEPRECATED_INTEGER_DISPLAY_WIDTH);
        }
        boolean approximate = t.name() == io.sprocket.sql.ast.TypeName.FLOAT
                || t.name() == io.sprocket.sql.ast.TypeName.DOUBLE;
        if (approximate && t.scale() != null) ctx.warnings().warn(ErrorCode.ER_WARN_DEPRECATED_FLOAT_DIGITS);
        if ((approximate || t.name() == io.sprocket.sql.ast.TypeName.DECIMAL) && t.unsigned()) {
            ctx.warnings().warn(ErrorCode.ER_WARN_DEPRECATED_FLOAT_UNSIGNED);
        }
    }

    /** A constant DEFAULT must store without any warning (MySQL rejects it with 1067 otherwise). */
    static Object convertDefault(DdlContext ctx, SqlType type, String name, Object literal) {
        boolean[] warned = {false};
        Warnings strictWarnings = c -> warned[0] = true;
        Object v;
        try {
            v = ctx.storeValue(type, name, literal, true, strictWarnings, 1);
        } catch (SqlException e) {
            throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
        }
        if (warned[0]) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, name);
        return v;
    }

    /** CURRENT_TIMESTAMP[(fsp)] for a DATETIME/TIMESTAMP column whose fsp it matches. */
    private static boolean isNow(Expression e, SqlType type) {
        if (!(e instanceof FunctionCall f) || !NOW_FUNCTIONS.contains(f.name().toUpperCase(Locale.ROOT))) return false;
        if (type.kind() != TypeKind.DATETIME && type.kind() != TypeKind.TIMESTAMP) return false;
        int fsp = 0;
        if (!f.arguments().isEmpty()) {
            if (!(f.arguments().get(0) instanceof IntegerLiteral i)) return false;
            fsp = i.value().intValue();
        }
        return fsp == type.fsp();
    }

    /** The value of a literal DEFAULT in the engine representation, before store assignment. */
    static Object literalValue(Expression e) {
        return switch (e) {
            case NullLiteral n -> null;
            case IntegerLiteral i -> i.value().bitLength() < 64 ? (Object) i.value().longValue() : i.value();
            case DecimalLiteral d -> d.value();
            case ApproximateLiteral a -> a.value();
            case StringLiteral s -> s.value();
            case BooleanLiteral b -> b.value() ? 1L : 0L;
            case HexLiteral h -> HexFormat.of().parseHex(h.digits().length() % 2 == 0 ? h.digits() : "0" + h.digits());
            case BitLiteral b -> {
                long bits = b.bits().isEmpty() ? 0 : new BigInteger(b.bits(), 2).longValue();
                yield new BitValue(bits, Math.max(1, Math.min(64, b.bits().length())));
            }
            case TemporalLiteral t -> t.value();
            case UnaryOperation u when u.operator() == UnaryOperator.NEGATE -> {
                Object inner = literalValue(u.operand());
                yield switch (inner) {
                    case Long l -> -l;
                    case BigInteger b -> b.negate();
                    case java.math.BigDecimal d -> d.negate();
                    case Double x -> -x;
                    case null, default -> NOT_CONSTANT;
                };
            }
            default -> NOT_CONSTANT;
        };
    }
}
