package io.sprocket.engine.expr;

import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The common type of several expressions (CASE, IF, COALESCE, UNION columns), following MySQL's type
 * aggregation rules closely enough for result metadata, and the value coercion into it.
 */
public final class TypeAggregation {
    private TypeAggregation() {}

    public static SqlType common(List<BoundExpression> items) {
        return commonOfTypes(items.stream().map(BoundExpression::type).toList());
    }

    public static SqlType commonOfTypes(List<SqlType> types) {
        SqlType result = null;
        for (SqlType t : types) {
            if (t.kind() == TypeKind.NULL) continue;
            result = result == null ? t : merge(result, t);
        }
        return result == null ? SqlType.NULL : result;
    }

    private static SqlType merge(SqlType a, SqlType b) {
        TypeKind x = a.kind(), y = b.kind();
        if (x.isInteger() && y.isInteger()) {
            TypeKind k = x.ordinal() >= y.ordinal() ? x : y;
            boolean unsigned = a.unsigned() && b.unsigned();
            long len = Math.max(a.length(), b.length());
            return new SqlType(k, len, 0, unsigned, false, null, List.of());
        }
        boolean an = x.isNumeric() || x == TypeKind.YEAR, bn = y.isNumeric() || y == TypeKind.YEAR;
        if (an && bn) {
            if (x.isApproximate() || y.isApproximate()) return SqlType.DOUBLE;
            int scale = Math.max(scaleOf(a), scaleOf(b));
            int intDigits = (int) Math.max(precisionOf(a) - scaleOf(a), precisionOf(b) - scaleOf(b));
            return SqlType.decimal(Math.min(65, intDigits + scale), scale);
        }
        if (x.isTemporal() && y.isTemporal()) {
            if (x == y) return a.fsp() >= b.fsp() ? a : b;
            if (x == TypeKind.TIME || y == TypeKind.TIME) return SqlType.datetime(Math.max(a.fsp(), b.fsp()));
            return SqlType.datetime(Math.max(a.fsp(), b.fsp()));
        }
        if (x == TypeKind.JSON && y == TypeKind.JSON) return a;
        boolean binary = x.isBinaryString() || y.isBinaryString();
        long len = Math.max(charLength(a), charLength(b));
        if (binary) return SqlType.varbinary(len);
        Collation c = x.hasCollation() ? a.collation() : (y.hasCollation() ? b.collation() : null);
        if (x.isTextOrBlob() || y.isTextOrBlob() || len > 16383) return SqlType.lob(TypeKind.LONGTEXT, c);
        return SqlType.varchar(len, c);
    }

    private static int scaleOf(SqlType t) {
        return t.kind() == TypeKind.DECIMAL ? t.scale() : 0;
    }

    private static long precisionOf(SqlType t) {
        if (t.kind() == TypeKind.DECIMAL) return t.length();
        if (t.kind().isInteger()) return t.length() > 0 ? t.length() : 20;
        return 20;
    }

    static long charLength(SqlType t) {
        TypeKind k = t.kind();
        if (k.isString()) return t.maxChars();
        if (k.isInteger()) return t.length() > 0 ? t.length() : 20;
        if (k == TypeKind.DECIMAL) return t.length() + 2;
        if (k.isApproximate()) return 22;
        if (k == TypeKind.DATE) return 10;
        if (k == TypeKind.TIME) return 10 + (t.fsp() > 0 ? t.fsp() + 1 : 0);
        if (k.isTemporal()) return 19 + (t.fsp() > 0 ? t.fsp() + 1 : 0);
        return 0;
    }

    /** An evaluator producing {@code e}'s value in the representation of {@code target}. */
    public static Evaluator coerce(BoundExpression e, SqlType target) {
        Evaluator ev = e.evaluator();
        TypeKind k = target.kind();
        TypeKind from = e.type().kind();
        if (from == k && (k != TypeKind.DECIMAL || e.type().scale() == target.scale())) return ev;
        if (k.isCharacter()) {
            return (row, ctx) -> {
                Object v = ev.eval(row, ctx);
                return v == null || v instanceof String ? v : Ops.toStr(v);
            };
        }
        if (k == TypeKind.DOUBLE) {
            return (row, ctx) -> {
                Object v = ev.eval(row, ctx);
                return v == null || v instanceof Double ? v : Ops.toDouble(v, ctx.warnings());
            };
        }
        if (k == TypeKind.DECIMAL) {
            int scale = target.scale();
            return (row, ctx) -> {
                Object v = ev.eval(row, ctx);
                if (v == null) return null;
                BigDecimal d = Ops.toDecimal(v, ctx.warnings());
                return d.scale() == scale ? d : d.setScale(scale, RoundingMode.HALF_UP);
            };
        }
        return ev;
    }
}
