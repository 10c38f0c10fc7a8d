package io.sprocket.engine.catalog;

import io.sprocket.engine.type.Collation;
import java.util.List;
import java.util.Objects;

/**
 * A base table's definition. Immutable: DDL produces a new TableDef (and, when rows must change shape, a new
 * table id whose rows are copied from the old one).
 *
 * @param id            storage id (prefix of every row and index key of this table)
 * @param schema        database name
 * @param name          table name
 * @param columns       columns in order
 * @param indexes       indexes; the primary key, if any, first
 * @param checks        CHECK constraints
 * @param collation     table default collation (DEFAULT CHARSET/COLLATE)
 * @param engine        ENGINE as reported (always "InnoDB" semantics)
 * @param comment       table COMMENT, "" for none
 * @param autoIncrementStart AUTO_INCREMENT= table option, 1 when not given
 * @param createOptions other table options kept for SHOW CREATE TABLE (e.g. ROW_FORMAT=DYNAMIC), in order
 * @param foreignKeys   FOREIGN KEY constraints (declared, not enforced yet)
 */
public record TableDef(long id, String schema, String name, List<ColumnDef> columns, List<IndexDef> indexes,
                       List<CheckDef> checks, Collation collation, String engine, String comment,
                       long autoIncrementStart, List<String> createOptions, List<ForeignKeyDef> foreignKeys) {
    public TableDef {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        Objects.requireNonNull(collation);
        Objects.requireNonNull(engine);
        Objects.requireNonNull(comment);
        createOptions = List.copyOf(createOptions);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A table without foreign keys. */
    public TableDef(long id, String schema, String name, List<ColumnDef> columns, List<IndexDef> indexes,
                    List<CheckDef> checks, Collation collation, String engine, String comment, long autoIncrementStart,
                    List<String> createOptions) {
        this(id, schema, name, columns, indexes, checks, collation, engine, comment, autoIncrementStart, createOptions,
                List.of());
    }

    /** The same definition under another id (TRUNCATE, ALTER TABLE's copy). */
    public TableDef withId(long newId) {
        return new TableDef(newId, schema, name, columns, indexes, checks, collation, engine, comment,
                autoIncrementStart, createOptions, foreignKeys);
    }

    /** Position of the column named {@code column} (case-insensitive), or -1. */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).nameEquals(column)) return i;
        }
        return -1;
    }

    public IndexDef primaryKey() {
        return !indexes.isEmpty() && indexes.get(0).isPrimary() ? indexes.get(0) : null;
    }

    /** Position of the AUTO_INCREMENT column, or -1. */
    public int autoIncrementColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).autoIncrement()) return i;
        }
        return -1;
    }

    public IndexDef index(String indexName) {
        for (IndexDef index : indexes) {
            if (index.name().equalsIgnoreCase(indexName)) return index;
        }
        return null;
    }
}
