package io.sprocket.engine.exec;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.Temporals;
import io.sprocket.engine.type.TypeKind;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts a lookup value to the representation of the key column it is compared with, as the comparison would:
 * the converted value, {@link #NO_MATCH} when no stored value can compare equal, or {@link #UNUSABLE} when the
 * comparison does not follow the index order (then the caller scans instead).
 */
final class KeyValues {
    private KeyValues() {}

    static final Object NO_MATCH = new Object();
    static final Object UNUSABLE = new Object();

    static Object convert(Object v, SqlType column, ExecContext ctx) {
        if (v == null) return NO_MATCH;
        TypeKind k = column.kind();
        if (k.isInteger() || k == TypeKind.YEAR) {
            if (v instanceof Long) return v;
            if (v instanceof BigInteger b) return column.unsigned() ? b : NO_MATCH;
            if (v instanceof BigDecimal d) {
                if (d.stripTrailingZeros().scale() > 0) return NO_MATCH;
                BigInteger b = d.toBigInteger();
                return b.bitLength() < 64 ? (Object) b.longValue() : NO_MATCH;
            }
            if (v instanceof Double d) {
                if (d != Math.rint(d) || Math.abs(d) >= 9.2e18) return NO_MATCH;
                return (long) d.doubleValue();
            }
            if (v instanceof String s) {
                double d = Ops.parseDouble(s, ctx.warnings());
                if (d != Math.rint(d) || Math.abs(d) >= 9.2e18) return NO_MATCH;
                return (long) d;
            }
            return UNUSABLE;
        }
        if (k == TypeKind.DECIMAL) {
            if (v instanceof Long || v instanceof BigDecimal || v instanceof BigInteger) return Ops.toDecimal(v, Warnings.IGNORE);
            return UNUSABLE;
        }
        if (k.isApproximate()) {
            if (Ops.isNumber(v)) return Ops.toDouble(v, Warnings.IGNORE);
            return UNUSABLE;
        }
        if (k.isCharacter() || k == TypeKind.ENUM || k == TypeKind.SET) {
            return v instanceof String ? v : UNUSABLE;
        }
        if (k.isBinaryString()) {
            return v instanceof byte[] || v instanceof String ? Ops.toBytes(v) : UNUSABLE;
        }
        if (k == TypeKind.DATE) {
            if (v instanceof SqlDate) return v;
            if (v instanceof SqlDateTime t) {
                return t.hour() == 0 && t.minute() == 0 && t.second() == 0 && t.micros() == 0 ? t.date() : NO_MATCH;
            }
            if (v instanceof String s) {
                SqlDateTime t = Temporals.toDateTime(s, Warnings.IGNORE);
                if (t == null) return UNUSABLE;
                return t.hour() == 0 && t.minute() == 0 && t.second() == 0 && t.micros() == 0 ? t.date() : NO_MATCH;
            }
            return UNUSABLE;
        }
        if (k == TypeKind.DATETIME || k == TypeKind.TIMESTAMP) {
            if (v instanceof SqlDateTime) return v;
            if (v instanceof SqlDate d) return d.atStartOfDay();
            if (v instanceof String s) {
                SqlDateTime t = Temporals.toDateTime(s, Warnings.IGNORE);
                return t == null ? UNUSABLE : t;
            }
            return UNUSABLE;
        }
        return UNUSABLE;
    }

    /** Like {@link #convert} for range bounds: NO_MATCH becomes UNUSABLE (the bound is dropped, not the scan). */
    static Object convertForRange(Object v, SqlType column, ExecContext ctx) {
        Object k = convert(v, column, ctx);
        return k == NO_MATCH ? UNUSABLE : k;
    }
}
