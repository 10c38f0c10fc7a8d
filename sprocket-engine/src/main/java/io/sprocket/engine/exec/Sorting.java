package io.sprocket.engine.exec;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/** Value ordering for ORDER BY, GROUP BY and DISTINCT: MySQL's, with NULLs first in ascending order. */
final class Sorting {
    private Sorting() {}

    static int compareNullsFirst(Object a, Object b, Collation collation) {
        if (a == null) return b == null ? 0 : -1;
        if (b == null) return 1;
        return compareValues(a, b, collation);
    }

    static int compareValues(Object a, Object b, Collation collation) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof String x && b instanceof String y) {
            Collation c = collation != null ? collation : CollationRegistry.defaultCollation();
            return c.compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.compareUnsigned(x, y);
        return Ops.compare(a, b, Ops.CompareKind.DYNAMIC, collation, Warnings.IGNORE);
    }

    /** A hash consistent with compareValues equality for values of one column. */
    static int hashValue(Object v, Collation collation) {
        if (v == null) return 0;
        if (v instanceof String s) {
            Collation c = collation != null ? collation : CollationRegistry.defaultCollation();
            return c.hash(s);
        }
        if (v instanceof Long l) return Double.hashCode(l.doubleValue());
        if (v instanceof Double d) return Double.hashCode(d + 0.0);
        if (v instanceof BigDecimal d) return Double.hashCode(d.doubleValue());
        if (v instanceof BigInteger b) return Double.hashCode(b.doubleValue());
        if (v instanceof byte[] b) return Arrays.hashCode(b);
        return v.hashCode();
    }
}
