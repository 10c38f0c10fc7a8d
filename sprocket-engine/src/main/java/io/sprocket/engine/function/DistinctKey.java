package io.sprocket.engine.function;

import io.sprocket.engine.type.Collation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Equality keys for DISTINCT inside aggregates: numbers compare by value (1 = 1.0), character strings by the
 * call's collation sort key ('a' = 'A' under _ci), binary strings byte for byte.
 */
final class DistinctKey {
    private DistinctKey() {}

    static List<Object> of(Object[] args, Collation collation) {
        List<Object> key = new ArrayList<>(args.length);
        for (Object a : args) key.add(a instanceof String s ? "S" + new String(collation.sortKey(s),
                java.nio.charset.StandardCharsets.ISO_8859_1) : one(a));
        return key;
    }

    private static Object one(Object v) {
        return switch (v) {
            case null -> null;
            case Long l -> BigDecimal.valueOf(l);
            case BigDecimal d -> d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            case java.math.BigInteger b -> new BigDecimal(b);
            case Double d -> d;
            case String s -> "S" + Text.foldString(s);
            case byte[] b -> "B" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            default -> v;
        };
    }
}
