package io.sprocket.engine.type;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.Objects;

/**
 * A collation with its coercibility, and MySQL's rule for combining two of them when an operation (comparison,
 * CONCAT, ...) sees strings of different collations: the lower coercibility wins; at equal coercibility the same
 * collation is kept, a _bin collation (or binary) of the same character set wins, a Unicode character set wins
 * over a non-Unicode one; anything else is ER_CANT_AGGREGATE_2COLLATIONS 1267.
 */
public record CollationDerivation(Collation collation, Coercibility coercibility) {
    public CollationDerivation {
        Objects.requireNonNull(collation);
        Objects.requireNonNull(coercibility);
    }

    public static CollationDerivation column(Collation c) { return new CollationDerivation(c, Coercibility.IMPLICIT); }

    public static CollationDerivation literal(Collation c) { return new CollationDerivation(c, Coercibility.COERCIBLE); }

    public static CollationDerivation explicit(Collation c) { return new CollationDerivation(c, Coercibility.EXPLICIT); }

    /** Numbers and temporals in string context: the connection collation, coercibility NUMERIC. */
    public static CollationDerivation numeric(Collation c) { return new CollationDerivation(c, Coercibility.NUMERIC); }

    /** NULL: takes whatever the other side has. */
    public static CollationDerivation ignorable() {
        return new CollationDerivation(CollationRegistry.BINARY, Coercibility.IGNORABLE);
    }

    /** Combines two operands' collations for {@code operation} (e.g. "=", "concat"), or throws 1267. */
    public static CollationDerivation aggregate(CollationDerivation a, CollationDerivation b, String operation) {
        if (a.collation.equals(b.collation)) {
            return a.coercibility.compareTo(b.coercibility) <= 0 ? a : b;
        }
        if (a.coercibility == Coercibility.IGNORABLE) return b;
        if (b.coercibility == Coercibility.IGNORABLE) return a;
        // binary strings win over character strings
        if (a.collation.isBinary() && a.coercibility.compareTo(b.coercibility) <= 0) return a;
        if (b.collation.isBinary() && b.coercibility.compareTo(a.coercibility) <= 0) return b;
        int c = a.coercibility.compareTo(b.coercibility);
        boolean au = isUnicode(a.collation), bu = isUnicode(b.collation);
        if (c != 0) return c < 0 ? a : b; // the lower coercibility wins; the other side is converted
        if (a.coercibility == Coercibility.EXPLICIT) throw mix(a, b, operation);
        if (a.collation.charset().equals(b.collation.charset())) {
            if (a.collation.name().endsWith("_bin")) return a;
            if (b.collation.name().endsWith("_bin")) return b;
            throw mix(a, b, operation);
        }
        if (au && !bu) return a;
        if (bu && !au) return b;
        throw mix(a, b, operation);
    }

    private static boolean isUnicode(Collation c) {
        String cs = c.charsetName();
        return cs.equals("utf8mb4") || cs.equals("utf8mb3");
    }

    private static SqlException mix(CollationDerivation a, CollationDerivation b, String operation) {
        return new SqlException(ErrorCode.ER_CANT_AGGREGATE_2COLLATIONS, a.collation.name(), a.coercibility.name(),
                b.collation.name(), b.coercibility.name(), operation);
    }
}
