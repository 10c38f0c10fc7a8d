package io.sprocket.engine.row;

/**
 * Rows of a table scan in key order. Call {@link #next()} before the first {@link #row()}. Always close it (it
 * holds a storage iterator). The returned rows are read-only: a cursor may hand out rows it shares with the
 * table cache, so a caller copies the values it wants to change.
 */
public interface RowCursor extends AutoCloseable {
    boolean next();

    StoredRow row();

    @Override
    void close();
}
