package io.sprocket.engine.function;

import java.math.BigDecimal;

/**
 * Comparing two non-null values for NULLIF, MIN/MAX and window peers with MySQL's rules: numbers numerically
 * (exactly when both are exact), temporals chronologically, strings by collation, mixed string/number as DOUBLE.
 */
final class Comparison {
    private Comparison() {}

    static int compare(Object a, Object b, FunctionContext c) {
        if (Coercion.isNumber(a) && Coercion.isNumber(b)) {
            if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
            if (Coercion.isExact(a) && Coercion.isExact(b)) {
                return Coercion.toDecimal(a, c).compareTo(Coercion.toDecimal(b, c));
            }
            return Double.compare(Coercion.toDouble(a, c), Coercion.toDouble(b, c));
        }
        if (Temporal.isTemporal(a) || Temporal.isTemporal(b)) {
            if (Temporal.isTemporal(a) && Temporal.isTemporal(b)) return Temporal.compare(a, b);
            Object ta = Temporal.isTemporal(a) ? a : Temporal.toDateTime(a, c);
            Object tb = Temporal.isTemporal(b) ? b : Temporal.toDateTime(b, c);
            if (ta != null && tb != null) return Temporal.compare(ta, tb);
        }
        if (Coercion.isNumber(a) || Coercion.isNumber(b)) {
            return Double.compare(Coercion.toDouble(a, c), Coercion.toDouble(b, c));
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y);
        boolean binary = a instanceof byte[] || b instanceof byte[];
        return Text.compare(Text.text(a, binary), Text.text(b, binary), binary);
    }
}
