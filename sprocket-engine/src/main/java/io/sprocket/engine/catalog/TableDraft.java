package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A table definition under construction (CREATE TABLE, ALTER TABLE). Index parts refer to columns by name, so
 * columns can be added, moved and dropped freely; {@link #build} resolves them, validates the whole definition
 * the way MySQL does, and orders the indexes as MySQL shows them.
 */
final class TableDraft {
    record Part(String column, int prefixLength, boolean descending) {
    }

    record Index(String name, IndexDef.Kind kind, List<Part> parts, String comment, boolean visible) {
        Index {
            parts = List.copyOf(parts);
        }
    }

    long id;
    String schema;
    String name;
    final List<ColumnDef> columns = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<CheckDef> checks = new ArrayList<>();
    final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    Collation collation;
    String engine = "InnoDB";
    String comment = "";
    long autoIncrementStart = 1;
    final List<String> createOptions = new ArrayList<>();

    static TableDraft of(TableDef t) {
        TableDraft d = new TableDraft();
        d.id = t.id();
        d.schema = t.schema();
        d.name = t.name();
        d.columns.addAll(t.columns());
        for (IndexDef i : t.indexes()) {
            List<Part> parts = i.parts().stream()
                    .map(p -> new Part(t.columns().get(p.column()).name(), p.prefixLength(), p.descending())).toList();
            d.indexes.add(new Index(i.name(), i.kind(), parts, i.comment(), i.visible()));
        }
        d.checks.addAll(t.checks());
        d.foreignKeys.addAll(t.foreignKeys());
        d.collation = t.collation();
        d.engine = t.engine();
        d.comment = t.comment();
        d.autoIncrementStart = t.autoIncrementStart();
        d.createOptions.addAll(t.createOptions());
        return d;
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).nameEquals(column)) return i;
        }
        return -1;
    }

    int indexIndex(String index) {
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).name().equalsIgnoreCase(index)) return i;
        }
        return -1;
    }

    boolean hasPrimaryKey() {
        return indexes.stream().anyMatch(i -> i.kind() == IndexDef.Kind.PRIMARY);
    }

    /** MySQL's generated index name: the first column's name, then name_2, name_3, ... while taken. */
    String generateIndexName(String firstColumn) {
        String candidate = firstColumn;
        int n = 2;
        while (indexIndex(candidate) >= 0 || candidate.equalsIgnoreCase("PRIMARY")) {
            candidate = firstColumn + "_" + n++;
        }
        return candidate;
    }

    /** Adds an index, making PRIMARY KEY columns NOT NULL (1171 if declared NULL explicitly is the caller's check). */
    void addIndex(Index index) {
        if (index.kind() == IndexDef.Kind.PRIMARY) {
            if (hasPrimaryKey()) throw new SqlException(ErrorCode.ER_MULTIPLE_PRI_KEY);
        } else if (index.name().equalsIgnoreCase("PRIMARY")) {
            throw new SqlException(ErrorCode.ER_WRONG_NAME_FOR_INDEX, index.name());
        }
        if (indexIndex(index.name()) >= 0) throw new SqlException(ErrorCode.ER_DUP_KEYNAME, index.name());
        indexes.add(index);
    }

    /** The next generated CHECK name: {@code <table>_chk_<n>} with n one past the highest in use. */
    String generateCheckName() {
        String prefix = name + "_chk_";
        int max = 0;
        for (CheckDef c : checks) {
            if (c.name().regionMatches(true, 0, prefix, 0, prefix.length())) {
                try {
                    max = Math.max(max, Integer.parseInt(c.name().substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // a user-chosen name that merely looks generated
                }
            }
        }
        return prefix + (max + 1);
    }

    /** The next generated FOREIGN KEY name: {@code <table>_ibfk_<n>}, one past the highest in use. */
    String generateForeignKeyName() {
        String prefix = name + "_ibfk_";
        int max = 0;
        for (ForeignKeyDef f : foreignKeys) {
            if (f.name().startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(f.name().substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // a chosen name that merely looks generated
                }
            }
        }
        return prefix + (max + 1);
    }

    void addCheck(CheckDef check) {
        for (CheckDef c : checks) {
            if (c.name().equalsIgnoreCase(check.name())) {
                throw new SqlException(ErrorCode.ER_CHECK_CONSTRAINT_DUP_NAME, check.name());
            }
        }
        checks.add(check);
    }

    TableDef build() {
        Objects.requireNonNull(collation);
        if (columns.isEmpty()) throw new SqlException(ErrorCode.ER_TABLE_MUST_HAVE_COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (columns.get(j).nameEquals(columns.get(i).name())) {
                    throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, columns.get(i).name());
                }
            }
        }
        for (ColumnDef c : columns) {
            if (c.name().isEmpty() || c.name().endsWith(" ")) throw new SqlException(ErrorCode.ER_WRONG_COLUMN_NAME, c.name());
            if (c.name().length() > DdlExecutor.MAX_IDENTIFIER) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, c.name());
        }
        List<IndexDef> built = new ArrayList<>();
        for (Index index : indexes) {
            if (index.name().length() > DdlExecutor.MAX_IDENTIFIER) {
                throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, index.name());
            }
            long keyBytes = 0;
            List<IndexDef.Part> parts = new ArrayList<>();
            for (Part p : index.parts()) {
                int col = columnIndex(p.column());
                if (col < 0) throw new SqlException(ErrorCode.ER_KEY_COLUMN_DOES_NOT_EXITS, p.column());
                for (IndexDef.Part q : parts) {
                    if (q.column() == col) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, columns.get(col).name());
                }
                ColumnDef c = columns.get(col);
                SqlType type = c.type();
                if (type.kind() == TypeKind.JSON) throw new SqlException(ErrorCode.ER_JSON_USED_AS_KEY, c.name());
                int prefix = p.prefixLength();
                if (type.kind().isTextOrBlob() && prefix == 0) {
                    throw new SqlException(ErrorCode.ER_BLOB_KEY_WITHOUT_LENGTH, c.name());
                }
                if (prefix > 0) {
                    boolean stringish = type.kind().isCharacter() || type.kind().isBinaryString();
                    if (!stringish || (!type.kind().isTextOrBlob() && prefix > type.maxChars())) {
                        throw new SqlException(ErrorCode.ER_WRONG_SUB_KEY);
                    }
                    // A prefix as long as the whole CHAR/VARCHAR is no prefix at all (MySQL drops it).
                    if (!type.kind().isTextOrBlob() && prefix == type.maxChars()) prefix = 0;
                }
                if (index.kind() == IndexDef.Kind.PRIMARY && c.nullable()) {
                    columns.set(col, withNullable(c, false));
                }
                parts.add(new IndexDef.Part(col, prefix, p.descending()));
                keyBytes += keyPartBytes(type, prefix);
                if (keyBytes > MAX_KEY_BYTES) throw new SqlException(ErrorCode.ER_TOO_LONG_KEY, MAX_KEY_BYTES);
            }
            built.add(new IndexDef(0, index.name(), index.kind(), parts, index.comment(), index.visible()));
        }
        checkAutoIncrement(built);
        for (CheckDef check : checks) {
            for (String ref : ExpressionColumns.of(check.condition())) {
                if (columnIndex(ref) < 0) {
                    throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, ref,
                            "check constraint " + check.name() + " expression");
                }
            }
        }
        // MySQL's key order: PRIMARY, UNIQUE over NOT NULL columns, other UNIQUE, then plain keys; stable otherwise.
        built.sort(Comparator.comparingInt(this::rank));
        List<IndexDef> numbered = new ArrayList<>();
        int next = 2;
        for (IndexDef i : built) {
            int id = i.isPrimary() ? 1 : next++;
            numbered.add(new IndexDef(id, i.name(), i.kind(), i.parts(), i.comment(), i.visible()));
        }
        for (ForeignKeyDef f : foreignKeys) {
            for (String c : f.columns()) {
                if (columnIndex(c) < 0) throw new SqlException(ErrorCode.ER_KEY_COLUMN_DOES_NOT_EXITS, c);
            }
        }
        return new TableDef(id, schema, name, columns, numbered, checks, collation, engine, comment,
                autoIncrementStart, createOptions, foreignKeys);
    }

    /** InnoDB's limit for an index key (DYNAMIC row format). */
    static final int MAX_KEY_BYTES = 3072;

    /** Bytes a key part takes in InnoDB's accounting: characters times the charset's maximum width for strings. */
    private static long keyPartBytes(SqlType type, int prefix) {
        if (type.kind().isCharacter() || type.kind() == TypeKind.ENUM || type.kind() == TypeKind.SET) {
            if (type.kind() == TypeKind.ENUM) return 2;
            if (type.kind() == TypeKind.SET) return 8;
            long chars = prefix > 0 ? prefix : type.maxChars();
            return chars * type.collation().charset().maxLength();
        }
        if (type.kind().isBinaryString()) return prefix > 0 ? prefix : type.maxChars();
        return 8;
    }

    private int rank(IndexDef i) {
        return switch (i.kind()) {
            case PRIMARY -> 0;
            case UNIQUE -> i.parts().stream().allMatch(p -> !columns.get(p.column()).nullable()) ? 1 : 2;
            case INDEX -> 3;
        };
    }

    private void checkAutoIncrement(List<IndexDef> built) {
        int autoColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).autoIncrement()) continue;
            if (autoColumn >= 0) throw new SqlException(ErrorCode.ER_WRONG_AUTO_KEY);
            autoColumn = i;
        }
        if (autoColumn < 0) return;
        for (IndexDef i : built) {
            if (i.parts().get(0).column() == autoColumn) return;
        }
        throw new SqlException(ErrorCode.ER_WRONG_AUTO_KEY);
    }

    static ColumnDef withNullable(ColumnDef c, boolean nullable) {
        boolean hasDefault = c.hasDefault();
        if (!nullable && hasDefault && c.defaultValue() == null && c.defaultExpression() == null) hasDefault = false;
        return new ColumnDef(c.name(), c.type(), nullable, c.defaultValue(), hasDefault, c.defaultExpression(),
                c.onUpdateNow(), c.autoIncrement(), c.comment(), c.invisible());
    }
}
