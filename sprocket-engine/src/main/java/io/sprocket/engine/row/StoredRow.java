package io.sprocket.engine.row;

import java.util.Objects;

/**
 * A row read from a table with its locator: the encoded primary key (or hidden row id) that identifies it in
 * storage. Update and delete of tables without a primary key need the locator, because the row values alone do not
 * identify the row.
 */
public record StoredRow(byte[] locator, Object[] values) {
    public StoredRow {
        Objects.requireNonNull(locator);
        Objects.requireNonNull(values);
    }
}
