package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.sql.ast.CheckConstraint;
import io.sprocket.sql.ast.ColumnDefinition;
import io.sprocket.sql.ast.ColumnKey;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.ForeignKey;
import io.sprocket.sql.ast.IndexDefinition;
import io.sprocket.sql.ast.IndexPart;
import io.sprocket.sql.ast.SortOrder;
import io.sprocket.sql.ast.TableElement;
import io.sprocket.sql.ast.TableOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CREATE TABLE in its three forms (element list, LIKE, AS query). */
final class TableCreator {
    private TableCreator() {
    }

    static DdlResult create(DdlContext ctx, CreateTable s, List<ColumnDef> queryColumns) {
        if (s.temporary()) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "TEMPORARY tables in the catalog");
        String schema = DdlExecutor.schemaOf(ctx, s.name());
        Catalog catalog = ctx.catalog();
        if (catalog.database(schema) != null && (catalog.table(schema, s.name().name()) != null
                || catalog.view(schema, s.name().name()) != null)) { // views share the table name space
            if (!s.ifNotExists()) throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, s.name().name());
            ctx.warnings().note(ErrorCode.ER_TABLE_EXISTS_ERROR, s.name().name());
            return new DdlResult(catalog, 0, null);
        }
        TableDef table = build(ctx, s, queryColumns);
        checkCheckNamesUnique(catalog, table, null);
        CatalogStore.putTable(ctx.transaction(), table);
        return new DdlResult(catalog.withTable(table), 0, null);
    }

    /** Validates the statement and builds the definition with a fresh table id; writes nothing else. */
    static TableDef build(DdlContext ctx, CreateTable s, List<ColumnDef> queryColumns) {
        String schema = DdlExecutor.schemaOf(ctx, s.name());
        String name = s.name().name();
        DdlExecutor.checkTableName(name);
        DatabaseDef db = ctx.catalog().database(schema);
        if (db == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, schema);
        TableDef table;
        if (s.like() != null) {
            TableDef source = DdlExecutor.requireBaseTable(ctx, s.like());
            table = DdlExecutor.renamed(source, schema, name);
            table = new TableDef(0, schema, name, table.columns(), table.indexes(), table.checks(), table.collation(),
                    table.engine(), table.comment(), 1, table.createOptions());
        } else {
            TableDraft draft = new TableDraft();
            draft.schema = schema;
            draft.name = name;
            draft.collation = db.collation();
            applyOptions(draft, s.options(), db.collation());
            addElements(ctx, draft, s.elements());
            if (queryColumns != null) {
                for (ColumnDef c : queryColumns) {
                    if (draft.columnIndex(c.name()) < 0) draft.columns.add(c);
                }
            }
            table = draft.build();
        }
        return withId(table, CatalogStore.allocateTableId(ctx.transaction()));
    }

    static TableDef withId(TableDef t, long id) {
        return t.withId(id);
    }

    /** CHECK names are unique per schema in MySQL (3822). */
    static void checkCheckNamesUnique(Catalog catalog, TableDef table, String ignoreTable) {
        for (TableDef other : catalog.tables(table.schema())) {
            if (other.name().equals(table.name()) || other.name().equals(ignoreTable)) continue;
            for (CheckDef mine : table.checks()) {
                for (CheckDef theirs : other.checks()) {
                    if (mine.name().equalsIgnoreCase(theirs.name())) {
                        throw new SqlException(ErrorCode.ER_CHECK_CONSTRAINT_DUP_NAME, mine.name());
                    }
                }
            }
        }
    }

    static void addElements(DdlContext ctx, TableDraft draft, List<TableElement> elements) {
        List<CheckConstraint> checks = new ArrayList<>();
        List<IndexDefinition> indexes = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        java.util.Map<List<CheckConstraint>, String> columnChecks = new java.util.IdentityHashMap<>();
        for (TableElement e : elements) {
            switch (e) {
                case ColumnDefinition c -> {
                    draft.columns.add(ColumnFactory.build(ctx, c, draft.collation));
                    addInlineKey(draft, c, indexes);
                    checks.addAll(c.checks());
                    columnChecks.put(c.checks(), c.name());
                }
                case IndexDefinition i -> indexes.add(i);
                case CheckConstraint c -> checks.add(c);
                case ForeignKey f -> foreignKeys.add(f);
            }
        }
        for (IndexDefinition i : indexes) addIndex(draft, i);
        for (ForeignKey f : foreignKeys) addForeignKey(ctx, draft, f);
        for (CheckConstraint c : checks) {
            addCheck(draft, c);
            CheckDef added = draft.checks.get(draft.checks.size() - 1);
            for (var entry : columnChecks.entrySet()) {
                if (!entry.getKey().contains(c)) continue;
                for (String ref : ExpressionColumns.of(c.condition())) {
                    if (!ref.equalsIgnoreCase(entry.getValue())) {
                        throw new SqlException(ErrorCode.ER_COLUMN_CHECK_CONSTRAINT_REFERENCES_OTHER_COLUMN, added.name());
                    }
                }
            }
        }
    }

    private static void addInlineKey(TableDraft draft, ColumnDefinition c, List<IndexDefinition> indexes) {
        if (c.key() == ColumnKey.NONE) return;
        io.sprocket.sql.ast.IndexKind kind = c.key() == ColumnKey.PRIMARY
                ? io.sprocket.sql.ast.IndexKind.PRIMARY : io.sprocket.sql.ast.IndexKind.UNIQUE;
        indexes.add(new IndexDefinition(kind, null, null, List.of(new IndexPart(c.name(), null, null, SortOrder.DEFAULT)),
                null, null, false));
    }

    static void addIndex(TableDraft draft, IndexDefinition i) {
        List<TableDraft.Part> parts = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            if (p.column() == null) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "functional key parts");
            parts.add(new TableDraft.Part(p.column(), p.length() == null ? 0 : p.length(), p.order() == SortOrder.DESC));
        }
        IndexDef.Kind kind = switch (i.kind()) {
            case PRIMARY -> IndexDef.Kind.PRIMARY;
            case UNIQUE -> IndexDef.Kind.UNIQUE;
            case INDEX, FULLTEXT, SPATIAL -> IndexDef.Kind.INDEX;
        };
        String name;
        if (kind == IndexDef.Kind.PRIMARY) {
            name = "PRIMARY";
        } else if (i.name() != null) {
            name = i.name();
        } else if (i.constraintName() != null) {
            name = i.constraintName();
        } else {
            name = draft.generateIndexName(parts.get(0).column());
        }
        draft.addIndex(new TableDraft.Index(name, kind, parts, i.comment() == null ? "" : i.comment(), !i.invisible()));
    }

    /**
     * Records a FOREIGN KEY and, as InnoDB does, adds an index on its columns unless an index already starts with
     * them (named after the constraint, else the FK's index name, else the first column).
     */
    static void addForeignKey(DdlContext ctx, TableDraft draft, ForeignKey f) {
        String name = f.constraintName() != null ? f.constraintName() : draft.generateForeignKeyName();
        for (ForeignKeyDef existing : draft.foreignKeys) {
            if (existing.name().equalsIgnoreCase(name)) throw new SqlException(ErrorCode.ER_FK_DUP_NAME, name);
        }
        String refSchema = f.references().table().schema() != null ? f.references().table().schema() : draft.schema;
        List<String> refColumns = f.references().columns();
        draft.foreignKeys.add(new ForeignKeyDef(name, f.columns(), refSchema, f.references().table().name(), refColumns,
                f.references().onDelete(), f.references().onUpdate()));
        boolean covered = draft.indexes.stream().anyMatch(i -> i.parts().size() >= f.columns().size()
                && java.util.stream.IntStream.range(0, f.columns().size())
                .allMatch(k -> i.parts().get(k).column().equalsIgnoreCase(f.columns().get(k))));
        if (!covered) {
            String indexName = f.constraintName() != null ? f.constraintName()
                    : f.indexName() != null ? f.indexName() : draft.generateIndexName(f.columns().get(0));
            List<TableDraft.Part> parts = f.columns().stream().map(c -> new TableDraft.Part(c, 0, false)).toList();
            draft.addIndex(new TableDraft.Index(indexName, IndexDef.Kind.INDEX, parts, "", true));
        }
    }

    static void addCheck(TableDraft draft, CheckConstraint c) {
        String name = c.name() != null ? c.name() : draft.generateCheckName();
        draft.addCheck(new CheckDef(name, c.condition(), c.enforced()));
    }

    /** Table options: ENGINE, charset/collation, AUTO_INCREMENT, COMMENT; others are kept for SHOW CREATE TABLE. */
    static void applyOptions(TableDraft draft, List<TableOption> options, Collation databaseCollation) {
        String charset = null;
        String collation = null;
        for (TableOption o : options) {
            String key = o.name().toUpperCase(Locale.ROOT);
            switch (key) {
                case "ENGINE" -> draft.engine = engineName(o.value());
                case "CHARACTER SET", "DEFAULT CHARACTER SET", "CHARSET", "DEFAULT CHARSET" -> charset = o.value();
                case "COLLATE", "DEFAULT COLLATE" -> collation = o.value();
                case "AUTO_INCREMENT" -> draft.autoIncrementStart = parseLong(o.value());
                case "COMMENT" -> draft.comment = o.value();
                default -> {
                    String text = key + "=" + o.value().toUpperCase(Locale.ROOT);
                    draft.createOptions.removeIf(existing -> existing.startsWith(key + "="));
                    draft.createOptions.add(text);
                }
            }
        }
        if (charset != null || collation != null) {
            if ("DEFAULT".equalsIgnoreCase(charset)) charset = databaseCollation.charsetName();
            if ("DEFAULT".equalsIgnoreCase(collation)) collation = null;
            draft.collation = CollationRegistry.instance().resolve(charset, collation);
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String engineName(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "MYISAM" -> "MyISAM";
            case "MEMORY", "HEAP" -> "MEMORY";
            case "CSV" -> "CSV";
            case "ARCHIVE" -> "ARCHIVE";
            default -> "InnoDB";
        };
    }
}
