package io.sprocket.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table. The primary key is the index named "PRIMARY"; a table without one stores rows under a
 * hidden row id (like InnoDB's DB_ROW_ID), which is not an IndexDef.
 *
 * @param id      storage id of the index within its table, stable while the table id is (1 = primary)
 * @param name    index name ("PRIMARY" for the primary key)
 * @param kind    PRIMARY, UNIQUE or INDEX
 * @param parts   key parts in order
 * @param comment index COMMENT, "" for none
 */
public record IndexDef(int id, String name, Kind kind, List<Part> parts, String comment, boolean visible) {
    public enum Kind { PRIMARY, UNIQUE, INDEX }

    /**
     * @param column       position of the column in the table's column list
     * @param prefixLength characters (or bytes for binary) of a prefix index, or 0 for the whole value
     * @param descending   DESC key part
     */
    public record Part(int column, int prefixLength, boolean descending) { }

    public IndexDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        parts = List.copyOf(parts);
        Objects.requireNonNull(comment);
    }

    public boolean isPrimary() { return kind == Kind.PRIMARY; }
    public boolean isUnique() { return kind != Kind.INDEX; }
}
