/**
 * Table storage on the key-value store: row encoding ({@link io.sprocket.engine.row.RowCodec}), order-preserving
 * index keys ({@link io.sprocket.engine.row.IndexKeys}) and a table's rows and indexes with unique checks, scans,
 * locking reads and AUTO_INCREMENT counters ({@link io.sprocket.engine.row.TableStore}). The key layout is
 * documented in {@code io.sprocket.engine.catalog}'s package documentation and fixed in
 * {@link io.sprocket.engine.row.KeyLayout}.
 *
 * <p>Knows table definitions and values; never evaluates expressions, converts values or looks at sessions.
 */
package io.sprocket.engine.row;
