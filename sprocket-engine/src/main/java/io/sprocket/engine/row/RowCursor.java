package io.sprocket.engine.row;

/**
 * Rows of a table scan in key order. Call {@link #next()} before the first {@link #row()}. Always close it (it
 * holds a storage iterator).
 */
public interface RowCursor extends AutoCloseable {
    boolean next();

    StoredRow row();

    @Override
    void close();
}
