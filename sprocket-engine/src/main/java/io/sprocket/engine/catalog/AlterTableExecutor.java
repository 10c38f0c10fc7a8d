package io.sprocket.engine.catalog;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.row.RowCursor;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.AddCheckConstraint;
import io.sprocket.sql.ast.AddColumns;
import io.sprocket.sql.ast.AddForeignKey;
import io.sprocket.sql.ast.AddIndex;
import io.sprocket.sql.ast.AlterAction;
import io.sprocket.sql.ast.AlterColumnDefault;
import io.sprocket.sql.ast.AlterColumnVisibility;
import io.sprocket.sql.ast.AlterConstraintEnforcement;
import io.sprocket.sql.ast.AlterIndexVisibility;
import io.sprocket.sql.ast.AlterTableClause;
import io.sprocket.sql.ast.ChangeColumn;
import io.sprocket.sql.ast.ColumnDefinition;
import io.sprocket.sql.ast.ColumnPosition;
import io.sprocket.sql.ast.ConvertToCharset;
import io.sprocket.sql.ast.DropCheckConstraint;
import io.sprocket.sql.ast.DropColumn;
import io.sprocket.sql.ast.DropConstraint;
import io.sprocket.sql.ast.DropForeignKey;
import io.sprocket.sql.ast.DropKey;
import io.sprocket.sql.ast.DropPrimaryKey;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.ModifyColumn;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RenameColumn;
import io.sprocket.sql.ast.RenameIndex;
import io.sprocket.sql.ast.RenameTo;
import io.sprocket.sql.ast.SetTableOptions;
import io.sprocket.sql.ast.TableOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ALTER TABLE (and CREATE/DROP INDEX) as MySQL's ALGORITHM=COPY: apply every action to a draft of the definition,
 * build and validate it, then copy the rows into a table with a new id, converting each value with store
 * assignment (strict mode errors abort the statement; otherwise warnings).
 */
final class AlterTableExecutor {
    private final DdlContext ctx;
    private final TableDef old;
    private final TableDraft draft;
    /** For each draft column, the position of the column it comes from in the old table, or -1 for a new column. */
    private final List<Integer> sources = new ArrayList<>();
    private boolean reportsCopy;
    private boolean autoIncrementOption;
    private String newSchema;
    private String newName;

    private AlterTableExecutor(DdlContext ctx, TableDef old) {
        this.ctx = ctx;
        this.old = old;
        this.draft = TableDraft.of(old);
        for (int i = 0; i < old.columns().size(); i++) sources.add(i);
        this.newSchema = old.schema();
        this.newName = old.name();
    }

    static DdlResult alter(DdlContext ctx, ObjectName table, List<AlterAction> actions) {
        TableDef old = DdlExecutor.requireBaseTable(ctx, table);
        AlterTableExecutor e = new AlterTableExecutor(ctx, old);
        for (AlterAction action : actions) e.apply(action);
        DdlResult result = e.finish();
        // A rename alone is MySQL's fast path: an OK without the "Records:" info.
        if (!actions.isEmpty() && actions.stream().allMatch(a -> a instanceof io.sprocket.sql.ast.RenameTo)) {
            return new DdlResult(result.catalog(), 0, null);
        }
        return result;
    }

    private void apply(AlterAction action) {
        switch (action) {
            case AddColumns a -> {
                int at = position(a.position(), draft.columns.size());
                for (ColumnDefinition def : a.columns()) {
                    if (draft.columnIndex(def.name()) >= 0) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, def.name());
                    insertColumn(at++, ColumnFactory.build(ctx, def, draft.collation), -1);
                    List<io.sprocket.sql.ast.TableElement> inline = new ArrayList<>();
                    if (def.key() != io.sprocket.sql.ast.ColumnKey.NONE) {
                        TableCreator.addIndex(draft, new io.sprocket.sql.ast.IndexDefinition(
                                def.key() == io.sprocket.sql.ast.ColumnKey.PRIMARY
                                        ? io.sprocket.sql.ast.IndexKind.PRIMARY : io.sprocket.sql.ast.IndexKind.UNIQUE,
                                null, null, List.of(new io.sprocket.sql.ast.IndexPart(def.name(), null, null,
                                io.sprocket.sql.ast.SortOrder.DEFAULT)), null, null, false));
                    }
                    def.checks().forEach(c -> TableCreator.addCheck(draft, c));
                    inline.clear();
                }
            }
            case AddIndex a -> TableCreator.addIndex(draft, a.index());
            case AddCheckConstraint a -> TableCreator.addCheck(draft, a.constraint());
            case AddForeignKey a -> TableCreator.addForeignKey(ctx, draft, a.foreignKey());
            case DropForeignKey d -> {
                if (!draft.foreignKeys.removeIf(f -> f.name().equalsIgnoreCase(d.name()))) {
                    throw new SqlException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, d.name());
                }
            }
            case DropColumn d -> dropColumn(d.name());
            case DropKey d -> {
                int i = draft.indexIndex(d.name());
                if (i < 0) throw new SqlException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, d.name());
                draft.indexes.remove(i);
            }
            case DropPrimaryKey d -> {
                int i = draft.indexIndex("PRIMARY");
                if (i < 0) throw new SqlException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, "PRIMARY");
                draft.indexes.remove(i);
            }
            case DropCheckConstraint d -> {
                if (!draft.checks.removeIf(c -> c.name().equalsIgnoreCase(d.name()))) {
                    throw new SqlException(ErrorCode.ER_CHECK_CONSTRAINT_NOT_FOUND, d.name());
                }
            }
            case DropConstraint d -> {
                if (draft.checks.removeIf(c -> c.name().equalsIgnoreCase(d.name()))) return;
                if (draft.foreignKeys.removeIf(f -> f.name().equalsIgnoreCase(d.name()))) return;
                int i = draft.indexIndex(d.name());
                if (i < 0) throw new SqlException(ErrorCode.ER_CONSTRAINT_NOT_FOUND, d.name());
                draft.indexes.remove(i);
            }
            case ModifyColumn m -> replaceColumn(m.column().name(), m.column(), m.position());
            case ChangeColumn c -> replaceColumn(c.oldName(), c.column(), c.position());
            case RenameColumn r -> {
                int i = requireColumn(r.from());
                ColumnDef c = draft.columns.get(i);
                renameColumn(i, c, r.to());
            }
            case RenameIndex r -> {
                int i = draft.indexIndex(r.from());
                if (i < 0) throw new SqlException(ErrorCode.ER_KEY_DOES_NOT_EXITS, r.from(), old.name());
                if (r.to().equalsIgnoreCase("PRIMARY")) throw new SqlException(ErrorCode.ER_WRONG_NAME_FOR_INDEX, r.to());
                int existing = draft.indexIndex(r.to());
                if (existing >= 0 && existing != i) throw new SqlException(ErrorCode.ER_DUP_KEYNAME, r.to());
                TableDraft.Index x = draft.indexes.get(i);
                draft.indexes.set(i, new TableDraft.Index(r.to(), x.kind(), x.parts(), x.comment(), x.visible()));
            }
            case RenameTo r -> {
                newSchema = DdlExecutor.schemaOf(ctx, r.name());
                newName = r.name().name();
                DdlExecutor.checkTableName(newName);
            }
            case AlterColumnDefault a -> alterDefault(a);
            case AlterColumnVisibility v -> {
                int i = requireColumn(v.column());
                ColumnDef c = draft.columns.get(i);
                draft.columns.set(i, new ColumnDef(c.name(), c.type(), c.nullable(), c.defaultValue(), c.hasDefault(),
                        c.defaultExpression(), c.onUpdateNow(), c.autoIncrement(), c.comment(), v.invisible()));
            }
            case AlterIndexVisibility v -> {
                int i = draft.indexIndex(v.index());
                if (i < 0) throw new SqlException(ErrorCode.ER_KEY_DOES_NOT_EXITS, v.index(), old.name());
                TableDraft.Index x = draft.indexes.get(i);
                draft.indexes.set(i, new TableDraft.Index(x.name(), x.kind(), x.parts(), x.comment(), !v.invisible()));
            }
            case AlterConstraintEnforcement a -> {
                boolean found = false;
                for (int i = 0; i < draft.checks.size(); i++) {
                    CheckDef c = draft.checks.get(i);
                    if (c.name().equalsIgnoreCase(a.name())) {
                        draft.checks.set(i, new CheckDef(c.name(), c.condition(), a.enforced()));
                        found = true;
                    }
                }
                if (!found) {
                    throw a.checkOnly() ? new SqlException(ErrorCode.ER_CHECK_CONSTRAINT_NOT_FOUND, a.name())
                            : new SqlException(ErrorCode.ER_CONSTRAINT_NOT_FOUND, a.name());
                }
            }
            case SetTableOptions s -> {
                for (TableOption o : s.options()) {
                    if (o.name().equalsIgnoreCase("AUTO_INCREMENT")) autoIncrementOption = true;
                }
                TableCreator.applyOptions(draft, s.options(), databaseCollation());
            }
            case ConvertToCharset c -> convert(c);
            case AlterTableClause c -> { }
        }
    }

    private Collation databaseCollation() {
        DatabaseDef db = ctx.catalog().database(old.schema());
        return db != null ? db.collation() : CollationRegistry.defaultCollation();
    }

    private int position(ColumnPosition p, int atEnd) {
        if (p == null) return atEnd;
        if (p.first()) return 0;
        int i = draft.columnIndex(p.after());
        if (i < 0) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, p.after(), old.name());
        return i + 1;
    }

    private int requireColumn(String name) {
        int i = draft.columnIndex(name);
        if (i < 0) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, name, old.name());
        return i;
    }

    private void insertColumn(int at, ColumnDef c, int source) {
        draft.columns.add(at, c);
        sources.add(at, source);
    }

    private void dropColumn(String name) {
        int i = draft.columnIndex(name);
        if (i < 0) throw new SqlException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, name);
        if (draft.columns.size() == 1) throw new SqlException(ErrorCode.ER_CANT_REMOVE_ALL_FIELDS);
        for (ForeignKeyDef f : draft.foreignKeys) {
            if (f.columns().stream().anyMatch(c -> c.equalsIgnoreCase(name))) {
                throw new SqlException(ErrorCode.ER_FK_COLUMN_CANNOT_DROP, name, f.name());
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<CheckDef> kept = new ArrayList<>();
        for (CheckDef c : draft.checks) {
            Set<String> refs = ExpressionColumns.of(c.condition());
            if (!refs.contains(lower)) {
                kept.add(c);
            } else if (refs.size() > 1) {
                throw new SqlException(ErrorCode.ER_DEPENDENT_BY_CHECK_CONSTRAINT, c.name(), name);
            }
        }
        draft.checks.clear();
        draft.checks.addAll(kept);
        draft.columns.remove(i);
        sources.remove(i);
        // A dropped column leaves every index it was part of; an index left without parts disappears.
        List<TableDraft.Index> indexes = new ArrayList<>();
        for (TableDraft.Index x : draft.indexes) {
            List<TableDraft.Part> parts = x.parts().stream().filter(p -> !p.column().equalsIgnoreCase(name)).toList();
            if (!parts.isEmpty()) indexes.add(new TableDraft.Index(x.name(), x.kind(), parts, x.comment(), x.visible()));
        }
        draft.indexes.clear();
        draft.indexes.addAll(indexes);
    }

    private void replaceColumn(String oldName, ColumnDefinition def, ColumnPosition position) {
        int i = requireColumn(oldName);
        ColumnDef before = draft.columns.get(i);
        ColumnDef after = ColumnFactory.build(ctx, def, draft.collation);
        if (!after.nameEquals(before.name())) {
            int clash = draft.columnIndex(after.name());
            if (clash >= 0 && clash != i) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, after.name());
        }
        if (needsCopy(before.type(), after.type())) reportsCopy = true;
        int source = sources.get(i);
        renameColumn(i, before, after.name());
        draft.columns.set(i, after);
        if (def.key() != io.sprocket.sql.ast.ColumnKey.NONE) {
            TableCreator.addIndex(draft, new io.sprocket.sql.ast.IndexDefinition(
                    def.key() == io.sprocket.sql.ast.ColumnKey.PRIMARY
                            ? io.sprocket.sql.ast.IndexKind.PRIMARY : io.sprocket.sql.ast.IndexKind.UNIQUE,
                    null, null, List.of(new io.sprocket.sql.ast.IndexPart(after.name(), null, null,
                    io.sprocket.sql.ast.SortOrder.DEFAULT)), null, null, false));
        }
        if (position != null) {
            ColumnDef moving = draft.columns.remove(i);
            sources.remove(i);
            insertColumn(position(position, draft.columns.size()), moving, source);
        }
    }

    /**
     * Whether MySQL changes the column with ALGORITHM=COPY (and so reports the rows copied). Nullability changes and
     * extending a VARCHAR within the same length-byte class are done in place and report 0 rows.
     */
    static boolean needsCopy(SqlType before, SqlType after) {
        if (before.equals(after)) return false;
        if (before.kind() == io.sprocket.engine.type.TypeKind.VARCHAR && after.kind() == before.kind()
                && before.collation().equals(after.collation()) && after.length() >= before.length()) {
            int max = before.collation().charset().maxLength();
            return (before.length() * max < 256) != (after.length() * max < 256);
        }
        return true;
    }

    /** Renames column {@code i} in the draft and its indexes; a CHECK using it forbids the rename (3959). */
    private void renameColumn(int i, ColumnDef c, String to) {
        if (c.name().equals(to)) return;
        if (!c.nameEquals(to) && draft.columnIndex(to) >= 0) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, to);
        String lower = c.name().toLowerCase(Locale.ROOT);
        for (CheckDef check : draft.checks) {
            if (ExpressionColumns.of(check.condition()).contains(lower) && !c.nameEquals(to)) {
                throw new SqlException(ErrorCode.ER_DEPENDENT_BY_CHECK_CONSTRAINT, check.name(), c.name());
            }
        }
        draft.columns.set(i, new ColumnDef(to, c.type(), c.nullable(), c.defaultValue(), c.hasDefault(),
                c.defaultExpression(), c.onUpdateNow(), c.autoIncrement(), c.comment(), c.invisible()));
        for (int k = 0; k < draft.foreignKeys.size(); k++) {
            ForeignKeyDef f = draft.foreignKeys.get(k);
            List<String> cols = f.columns().stream().map(n -> n.equalsIgnoreCase(c.name()) ? to : n).toList();
            draft.foreignKeys.set(k, new ForeignKeyDef(f.name(), cols, f.referencedSchema(), f.referencedTable(),
                    f.referencedColumns(), f.onDelete(), f.onUpdate()));
        }
        for (int k = 0; k < draft.indexes.size(); k++) {
            TableDraft.Index x = draft.indexes.get(k);
            List<TableDraft.Part> parts = x.parts().stream()
                    .map(p -> p.column().equalsIgnoreCase(c.name())
                            ? new TableDraft.Part(to, p.prefixLength(), p.descending()) : p)
                    .toList();
            draft.indexes.set(k, new TableDraft.Index(x.name(), x.kind(), parts, x.comment(), x.visible()));
        }
    }

    private void alterDefault(AlterColumnDefault a) {
        int i = requireColumn(a.column());
        ColumnDef c = draft.columns.get(i);
        ColumnDef altered;
        if (a.defaultValue() == null) {
            altered = new ColumnDef(c.name(), c.type(), c.nullable(), null, false, null, c.onUpdateNow(),
                    c.autoIncrement(), c.comment(), c.invisible());
        } else if (a.defaultIsExpression() || a.defaultValue() instanceof FunctionCall) {
            altered = new ColumnDef(c.name(), c.type(), c.nullable(), null, true, a.defaultValue(), c.onUpdateNow(),
                    c.autoIncrement(), c.comment(), c.invisible());
        } else {
            if (c.type().kind().isTextOrBlob() || c.type().kind() == io.sprocket.engine.type.TypeKind.JSON) {
                throw new SqlException(ErrorCode.ER_BLOB_CANT_HAVE_DEFAULT, c.name());
            }
            Object literal = ColumnFactory.literalValue(a.defaultValue());
            Object value = null;
            if (literal == null) {
                if (!c.nullable()) throw new SqlException(ErrorCode.ER_INVALID_DEFAULT, c.name());
            } else {
                value = ColumnFactory.convertDefault(ctx, c.type(), c.name(), literal);
            }
            altered = new ColumnDef(c.name(), c.type(), c.nullable(), value, true, null, c.onUpdateNow(),
                    c.autoIncrement(), c.comment(), c.invisible());
        }
        draft.columns.set(i, altered);
    }

    private void convert(ConvertToCharset c) {
        CollationRegistry registry = CollationRegistry.instance();
        String charset = c.charset().equalsIgnoreCase("DEFAULT") ? databaseCollation().charsetName() : c.charset();
        Collation target = registry.resolve(charset, c.collation());
        draft.collation = target;
        for (int i = 0; i < draft.columns.size(); i++) {
            ColumnDef col = draft.columns.get(i);
            if (!col.type().kind().hasCollation()) continue;
            SqlType t = col.type().withCollation(target);
            draft.columns.set(i, new ColumnDef(col.name(), t, col.nullable(), col.defaultValue(), col.hasDefault(),
                    col.defaultExpression(), col.onUpdateNow(), col.autoIncrement(), col.comment(), col.invisible()));
        }
        reportsCopy = true;
    }

    private DdlResult finish() {
        Catalog catalog = ctx.catalog();
        boolean renaming = !newSchema.equals(old.schema()) || !newName.equals(old.name());
        if (renaming) {
            if (catalog.database(newSchema) == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, newSchema);
            if (catalog.table(newSchema, newName) != null) throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, newName);
        }
        TableDef built = draft.build();
        built = DdlExecutor.renamed(built, newSchema, newName);
        long newId = CatalogStore.allocateTableId(ctx.transaction());
        built = TableCreator.withId(built, newId);
        TableCreator.checkCheckNamesUnique(catalog, built, old.name());

        int[] warningCount = {0};
        Warnings counting = condition -> {
            if (condition.level() != Condition.Level.NOTE) warningCount[0]++;
            ctx.warnings().add(condition);
        };
        TableStore from = new TableStore(ctx.store(), old);
        TableStore to = new TableStore(ctx.store(), built);
        long rows = copyRows(from, to, built, counting);
        from.deleteAll(ctx.transaction());
        if (built.autoIncrementColumn() >= 0 && !autoIncrementOption) {
            to.observeAutoIncrement(from.nextAutoIncrement() - 1);
        }
        to.flushAutoIncrement();
        CatalogStore.deleteTable(ctx.transaction(), old.schema(), old.name());
        CatalogStore.putTable(ctx.transaction(), built);
        Catalog result = catalog.withoutTable(old.schema(), old.name()).withTable(built);
        if (renaming) {
            result = DdlExecutor.repointForeignKeys(ctx, result, old.schema(), old.name(), newSchema, newName);
        }
        long affected = reportsCopy ? rows : 0;
        String info = "Records: " + affected + "  Duplicates: 0  Warnings: " + warningCount[0];
        return new DdlResult(result, affected, info);
    }

    private long copyRows(TableStore from, TableStore to, TableDef built, Warnings warnings) {
        long rowNumber = 0;
        boolean strict = ctx.strictMode();
        try (RowCursor cursor = from.scan(ctx.transaction(), false, LockMode.NONE)) {
            while (cursor.next()) {
                rowNumber++;
                Object[] oldRow = cursor.row().values();
                Object[] newRow = new Object[built.columns().size()];
                for (int i = 0; i < newRow.length; i++) {
                    ColumnDef column = built.columns().get(i);
                    int source = sources.get(i);
                    Object value;
                    if (source >= 0) {
                        value = oldRow[source];
                        if (!column.type().equals(old.columns().get(source).type()) && value != null) {
                            value = ctx.storeValue(column.type(), column.name(), value, strict, warnings, rowNumber);
                        }
                    } else if (column.autoIncrement()) {
                        value = to.allocateAutoIncrement(1);
                    } else if (column.defaultExpression() != null) {
                        value = ctx.storeValue(column.type(), column.name(), ctx.evaluate(column.defaultExpression()),
                                strict, warnings, rowNumber);
                    } else {
                        value = column.defaultValue();
                    }
                    if (value == null && !column.nullable()) {
                        if (source >= 0 && strict) throw new SqlException(ErrorCode.ER_INVALID_USE_OF_NULL);
                        if (source >= 0) warnings.warn(ErrorCode.WARN_DATA_TRUNCATED, column.name(), rowNumber);
                        value = ImplicitDefaults.of(column.type());
                    }
                    newRow[i] = value;
                }
                if (!built.checks().isEmpty()) ctx.checkConstraints(built, newRow);
                to.insert(ctx.transaction(), newRow);
            }
        }
        return rowNumber;
    }
}
