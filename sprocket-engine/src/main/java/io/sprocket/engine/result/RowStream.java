package io.sprocket.engine.result;

/**
 * The rows of one result set, pulled by the protocol layer. Each value is null or one of the wire value types:
 * {@code Long}, {@code java.math.BigInteger} (unsigned BIGINT above Long.MAX_VALUE), {@code java.math.BigDecimal},
 * {@code Double}, {@code Float}, {@code String}, {@code byte[]}, {@link WireTemporal}.
 * {@link WireValues#text} renders any of them as MySQL's text protocol does for the given column.
 */
public interface RowStream {
    /** The next row, or null when the result set is exhausted. The array may be reused by the next call. */
    Object[] next();

    /** The given rows, in order. */
    static RowStream of(java.util.List<Object[]> rows) {
        java.util.Iterator<Object[]> it = rows.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }
}
