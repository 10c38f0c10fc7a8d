package io.sprocket.engine.session;

import io.sprocket.engine.security.Privilege;

import io.sprocket.engine.catalog.CheckDef;
import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.exec.DmlSource;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.row.KeyBound;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.row.RowCursor;
import io.sprocket.engine.row.StoredRow;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.engine.type.StoreMode;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.Assignment;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Delete;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Insert;
import io.sprocket.sql.ast.InsertQuery;
import io.sprocket.sql.ast.InsertSet;
import io.sprocket.sql.ast.InsertValues;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.TriggerEvent;
import io.sprocket.sql.ast.TriggerTiming;
import io.sprocket.sql.ast.Update;
import io.sprocket.storage.KvTransaction;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** INSERT, REPLACE, UPDATE and DELETE with MySQL's store-assignment rules, affected-row counts and info. */
final class Dml {
    private Dml() {}

    static StoreMode storeMode(SessionImpl s) {
        return new StoreMode(s.variables.strict(), s.variables.has(SqlMode.NO_ZERO_IN_DATE),
                s.variables.has(SqlMode.NO_ZERO_DATE), s.variables.has(SqlMode.ALLOW_INVALID_DATES),
                s.variables.has(SqlMode.TIME_TRUNCATE_FRACTIONAL));
    }

    private static TableDef table(StatementEnv env, ObjectName name) {
        String schema = name.schema() != null ? name.schema() : env.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        TableDef t = env.catalog().table(schema, name.name());
        if (t == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, schema, name.name());
        return t;
    }

    /**
     * The tables of an UPDATE / DELETE's table list that it may change ({@code targets} by name or alias for a
     * multi-table DELETE, all of them otherwise), as "schema.table" in lower case: finding their rows needs the
     * UPDATE / DELETE privilege, checked on each target, not SELECT.
     */
    private static java.util.Set<String> targetNames(StatementEnv env, List<TableReference> from, List<ObjectName> targets) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (TableReference r : from) collectTargets(env, r, targets, out);
        return out;
    }

    private static void collectTargets(StatementEnv env, TableReference r, List<ObjectName> targets, java.util.Set<String> out) {
        if (r instanceof TableName tn) {
            boolean named = targets.isEmpty() || targets.stream().anyMatch(t -> t.name().equalsIgnoreCase(
                    tn.alias() != null ? tn.alias() : tn.name().name()));
            String schema = tn.name().schema() != null ? tn.name().schema() : env.currentDatabase();
            if (named && schema != null) out.add((schema + "." + tn.name().name()).toLowerCase(java.util.Locale.ROOT));
        } else if (r instanceof io.sprocket.sql.ast.Join j) {
            collectTargets(env, j.left(), targets, out);
            collectTargets(env, j.right(), targets, out);
        }
    }

    private static KvTransaction txn(SessionImpl s) {
        return s.transactions.current(s.variables.innodbLockWaitTimeout());
    }

    /** A scope with the target table's columns bound to the row being written (VALUES may reference them). */
    static Scope rowScope(TableDef t) {
        Scope scope = new Scope(null);
        List<String> names = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        List<Boolean> nullable = new ArrayList<>();
        List<Boolean> invisible = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            names.add(c.name());
            types.add(c.type());
            nullable.add(c.nullable());
            invisible.add(c.invisible());
        }
        scope.add(t.schema(), t.name(), t.name(), names, types, nullable, invisible);
        return scope;
    }

    // ------------------------------------------------------------------ INSERT / REPLACE

    static OkResult insert(SessionImpl s, Insert ins, Object[] params, StatementEnv env) {
        ViewDef view = ViewDml.target(s, env, ins.table());
        if (view != null) return ViewDml.insert(s, ins, params, env, view);
        String schema = ins.table().schema() != null ? ins.table().schema() : env.currentDatabase();
        if (schema != null) {
            // privileges before existence, as MySQL: a table one may not insert into is 1142 even when missing
            AccessChecks.insert(s, schema, ins.table().name(), ins.columns());
            if (ins.replace()) AccessChecks.table(s, schema, ins.table().name(), Privilege.DELETE);
            if (!ins.onDuplicateKeyUpdate().isEmpty()) AccessChecks.table(s, schema, ins.table().name(), Privilege.UPDATE);
        }
        TableDef t = table(env, ins.table());
        StatementTables.claim(s, t);
        TableStore flushed = s.engine.tableStore(t);
        try {
            return insertRows(s, ins, params, env, t);
        } finally {
            flushed.flushAutoIncrement();
        }
    }

    private static OkResult insertRows(SessionImpl s, Insert ins, Object[] params, StatementEnv env, TableDef t) {
        ExecContext ctx = new ExecContext(s, params);
        KvTransaction txn = txn(s);
        ctx.setData(new Access(s, txn));
        TableStore store = s.engine.tableStore(t);
        ctx.setStrictWrite(s.variables.strict() && !ins.ignore());
        int n = t.columns().size();
        // Target columns.
        int[] targets;
        if (ins.source() instanceof InsertSet set) {
            targets = new int[set.assignments().size()];
            for (int i = 0; i < targets.length; i++) targets[i] = column(t, set.assignments().get(i).column(), "field list");
        } else if (!ins.columns().isEmpty()) {
            targets = new int[ins.columns().size()];
            for (int i = 0; i < targets.length; i++) targets[i] = column(t, new ColumnRef(null, null, ins.columns().get(i)), "field list");
        } else {
            List<Integer> visible = new ArrayList<>();
            for (int i = 0; i < n; i++) if (!t.columns().get(i).invisible()) visible.add(i);
            targets = visible.stream().mapToInt(Integer::intValue).toArray();
        }
        Set<Integer> seen = new HashSet<>();
        for (int c : targets) {
            if (!seen.add(c)) throw new SqlException(ErrorCode.ER_FIELD_SPECIFIED_TWICE, t.columns().get(c).name());
        }
        Scope scope = rowScope(t);
        ExpressionCompiler compiler = new ExpressionCompiler(env.standalone());
        Writer writer = new Writer(s, t, store, txn, ctx, ins.ignore(), ins.replace(), storeMode(s));
        writer.triggers = Triggers.forTable(s, t);
        if (!ins.onDuplicateKeyUpdate().isEmpty()) writer.prepareUpsert(ins, compiler, scope);
        compiler.setColumnHooks(new ExpressionCompiler.ColumnHooks() {
            @Override public BoundExpression defaultOf(ColumnRef column) {
                int c = column(t, column, "field list");
                return new BoundExpression((row, x) -> writer.defaultValue(c), t.columns().get(c).type(), true, false, null);
            }

            @Override public BoundExpression valuesOf(ColumnRef column) {
                return BoundExpression.constant(null, SqlType.NULL);
            }
        });
        boolean multiRow;
        switch (ins.source()) {
            case InsertValues values -> {
                multiRow = values.rows().size() > 1;
                writer.multiRow = multiRow;
                List<BoundExpression[]> rows = new ArrayList<>();
                int rowNo = 0;
                for (List<Expression> r : values.rows()) {
                    rowNo++;
                    if (r.size() != targets.length && !(r.isEmpty() && targets.length == n)) {
                        throw new SqlException(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW, rowNo);
                    }
                    BoundExpression[] bound = new BoundExpression[r.size()];
                    for (int i = 0; i < bound.length; i++) {
                        Expression e = r.get(i);
                        bound[i] = e instanceof io.sprocket.sql.ast.DefaultValue d && d.column() == null
                                ? defaultMarker(targets[i], writer, t) : compiler.compile(e, scope, "field list");
                    }
                    rows.add(bound);
                }
                for (BoundExpression[] bound : rows) {
                    Object[] row = writer.newRow();
                    boolean[] given = new boolean[n];
                    for (int i = 0; i < bound.length; i++) {
                        row[targets[i]] = bound[i].eval(row, ctx);
                        given[targets[i]] = true;
                        if (bound[i].column() == null && bound[i].evaluator() instanceof DefaultMarker) given[targets[i]] = false;
                    }
                    writer.write(row, given);
                }
            }
            case InsertSet set -> {
                multiRow = false;
                Object[] row = writer.newRow();
                boolean[] given = new boolean[n];
                for (int i = 0; i < targets.length; i++) {
                    Expression e = set.assignments().get(i).value();
                    row[targets[i]] = compiler.compile(e, scope, "field list").eval(row, ctx);
                    given[targets[i]] = true;
                }
                writer.write(row, given);
            }
            case InsertQuery q -> {
                multiRow = true;
                writer.multiRow = true;
                QueryPlan plan = env.queries().compile(q.query(), null);
                if (plan.columns().size() != targets.length) throw new SqlException(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW, 1);
                List<Object[]> source = new ArrayList<>();
                try (RowIterator it = plan.open(ctx)) {
                    Object[] r;
                    while ((r = it.next()) != null) source.add(r.clone());
                }
                for (Object[] r : source) {
                    Object[] row = writer.newRow();
                    boolean[] given = new boolean[n];
                    for (int i = 0; i < targets.length; i++) {
                        row[targets[i]] = r[i];
                        given[targets[i]] = true;
                    }
                    writer.write(row, given);
                }
            }
        }
        long id = writer.firstGenerated != 0 ? writer.firstGenerated : writer.explicitAutoValue;
        if (writer.firstGenerated != 0) s.setLastInsertId(writer.firstGenerated);
        String info = multiRow ? "Records: " + writer.records + "  Duplicates: " + writer.duplicates
                + "  Warnings: " + s.diagnostics.warningCount() : "";
        return new OkResult(writer.affected, id, info);
    }

    /** DEFAULT in a VALUES list: the column's default, not "given" (auto-increment still generates). */
    private record DefaultMarker(int column, Writer writer) implements io.sprocket.engine.expr.Evaluator {
        @Override
        public Object eval(Object[] row, ExecContext ctx) {
            return writer.defaultValue(column);
        }
    }

    private static BoundExpression defaultMarker(int column, Writer writer, TableDef t) {
        return new BoundExpression(new DefaultMarker(column, writer), t.columns().get(column).type(), true, false, null);
    }

    private static int column(TableDef t, ColumnRef ref, String clause) {
        int c = t.columnIndex(ref.column());
        if (c < 0 || ref.table() != null && !ref.table().equals(t.name())) {
            String name = ref.table() == null ? ref.column() : ref.table() + "." + ref.column();
            throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, name, clause);
        }
        return c;
    }

    /** Row writing with defaults, auto-increment, store assignment, CHECK, duplicate handling. */
    static final class Writer {
        final SessionImpl s;
        final TableDef t;
        final TableStore store;
        final KvTransaction txn;
        final ExecContext ctx;
        final boolean ignore;
        final boolean replace;
        final StoreMode mode;
        final int autoColumn;
        boolean multiRow;
        long rowNumber;
        long affected;
        long records;
        long duplicates;
        long firstGenerated;
        long explicitAutoValue;
        private BoundExpression[] upsert;
        private int[] upsertTargets;
        private Object[] insertedValues;
        private final Warnings warnings;
        /** The table's triggers for this statement, null when it has none. */
        Triggers.TableTriggers triggers;

        Writer(SessionImpl s, TableDef t, TableStore store, KvTransaction txn, ExecContext ctx, boolean ignore,
               boolean replace, StoreMode mode) {
            this.s = s;
            this.t = t;
            this.store = store;
            this.txn = txn;
            this.ctx = ctx;
            this.ignore = ignore;
            this.replace = replace;
            this.mode = ignore ? new StoreMode(false, mode.noZeroInDate(), mode.noZeroDate(), mode.allowInvalidDates(),
                    mode.timeTruncateFractional()) : mode;
            this.autoColumn = t.autoIncrementColumn();
            this.warnings = s.diagnostics;
        }

        Object[] newRow() {
            return new Object[t.columns().size()];
        }

        Object defaultValue(int c) {
            ColumnDef col = t.columns().get(c);
            if (col.defaultExpression() != null) {
                return evaluateDefault(col);
            }
            return col.defaultValue();
        }

        private Object evaluateDefault(ColumnDef col) {
            Expression e = col.defaultExpression();
            StatementEnv env = new StatementEnv(s, s.engine.catalog());
            Object v = env.compileConstant(e).eval(null, ctx);
            return v;
        }

        void prepareUpsert(Insert ins, ExpressionCompiler compiler, Scope scope) {
            List<Assignment> a = ins.onDuplicateKeyUpdate();
            upsert = new BoundExpression[a.size()];
            upsertTargets = new int[a.size()];
            compiler.setColumnHooks(new ExpressionCompiler.ColumnHooks() {
                @Override public BoundExpression defaultOf(ColumnRef column) {
                    int c = column(t, column, "field list");
                    return new BoundExpression((row, x) -> defaultValue(c), t.columns().get(c).type(), true, false, null);
                }

                @Override public BoundExpression valuesOf(ColumnRef column) {
                    int c = column(t, column, "field list");
                    return new BoundExpression((row, x) -> insertedValues == null ? null : insertedValues[c],
                            t.columns().get(c).type(), true, false, null);
                }
            });
            for (int i = 0; i < a.size(); i++) {
                upsertTargets[i] = column(t, a.get(i).column(), "field list");
                upsert[i] = compiler.compile(a.get(i).value(), scope, "field list");
            }
        }

        /** Completes and stores one row; {@code given[c]} says whether the statement supplied column c. */
        void write(Object[] row, boolean[] given) {
            rowNumber++;
            if (triggers != null && triggers.has(TriggerTiming.BEFORE, TriggerEvent.INSERT)) {
                beforeInsert(row, given);
            }
            complete(row, given);
            checkConstraints(row);
            if (replace) {
                long deleted = deleteConflicts(row);
                insertRow(row);
                affected += 1 + deleted;
                records++;
                if (deleted > 0) duplicates++;
                afterInsert(row);
                return;
            }
            if (upsert != null) {
                StoredRow existing = conflict(row);
                if (existing != null) {
                    update(existing, row);
                    records++;
                    duplicates++;
                    return;
                }
            }
            try {
                insertRow(row);
                affected++;
                records++;
                afterInsert(row);
            } catch (SqlException e) {
                if (ignore && e.errno() == ErrorCode.ER_DUP_ENTRY.errno()) {
                    warnings.add(new io.sprocket.engine.error.Condition(io.sprocket.engine.error.Condition.Level.WARNING,
                            e.errno(), e.sqlState(), e.getMessage()));
                    records++;
                    duplicates++;
                    return;
                }
                throw e;
            }
        }

        private void insertRow(Object[] row) {
            store.insert(txn, row);
        }

        /**
         * BEFORE INSERT: NEW holds the row as it would be written (defaults filled, values converted to the
         * column types, 0 for an AUTO_INCREMENT value still to be generated); what the triggers leave in NEW is
         * then completed and written as if the statement had given it.
         */
        private void beforeInsert(Object[] row, boolean[] given) {
            for (int c = 0; c < row.length; c++) {
                ColumnDef col = t.columns().get(c);
                if (!given[c]) {
                    if (c == autoColumn) {
                        row[c] = 0L;
                    } else if (col.hasDefault() || col.defaultExpression() != null || col.nullable()) {
                        row[c] = defaultValue(c);
                        given[c] = true;
                    }
                } else if (row[c] != null) {
                    row[c] = StoreAssignment.storeValue(row[c], col.type(), t.name(), col.name(), rowNumber, mode, warnings);
                } else if (c == autoColumn) {
                    row[c] = 0L;
                }
            }
            triggers.fire(TriggerTiming.BEFORE, TriggerEvent.INSERT, row, null);
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null) given[c] = true; // a column a trigger set counts as given
            }
        }

        private void afterInsert(Object[] row) {
            if (triggers != null) triggers.fire(TriggerTiming.AFTER, TriggerEvent.INSERT, row, null);
        }

        /** Fills defaults, applies store assignment to every column, then generates the AUTO_INCREMENT value. */
        private void complete(Object[] row, boolean[] given) {
            int n = row.length;
            boolean generate = false;
            for (int c = 0; c < n; c++) {
                ColumnDef col = t.columns().get(c);
                if (c == autoColumn) {
                    Object v = given[c] ? row[c] : null;
                    if (v == null || isZero(v) && !s.variables.has(SqlMode.NO_AUTO_VALUE_ON_ZERO)) {
                        generate = true;
                        row[c] = null;
                        continue;
                    }
                }
                if (!given[c]) {
                    if (!col.hasDefault() && col.defaultExpression() == null && !col.nullable()) {
                        if (mode.strict() && !ignore) throw new SqlException(ErrorCode.ER_NO_DEFAULT_FOR_FIELD, col.name());
                        warnings.warn(ErrorCode.ER_NO_DEFAULT_FOR_FIELD, col.name());
                        row[c] = implicitDefault(col.type());
                        continue;
                    }
                    row[c] = defaultValue(c);
                }
                Object v = row[c];
                if (v == null) {
                    if (!col.nullable()) {
                        if (!multiRow && !ignore || mode.strict() && !ignore) {
                            throw StoreAssignment.columnCannotBeNull(col.name());
                        }
                        warnings.warn(ErrorCode.ER_BAD_NULL_ERROR, col.name());
                        row[c] = implicitDefault(col.type());
                    }
                    continue;
                }
                row[c] = StoreAssignment.storeValue(v, col.type(), t.name(), col.name(), rowNumber, mode, warnings);
                if (c == autoColumn && row[c] != null) explicitAutoValue = Ops.toLong(row[c], Warnings.IGNORE);
            }
            if (generate) {
                long id = store.allocateAutoIncrement(1);
                row[autoColumn] = id;
                if (firstGenerated == 0) firstGenerated = id;
            }
        }

        private static boolean isZero(Object v) {
            if (v instanceof Long l) return l == 0;
            if (v instanceof String str) return str.isEmpty() || Ops.parseDouble(str, Warnings.IGNORE) == 0;
            return Ops.isNumber(v) && Ops.toDouble(v, Warnings.IGNORE) == 0;
        }

        static Object implicitDefault(SqlType type) {
            TypeKind k = type.kind();
            if (k.isInteger() || k == TypeKind.YEAR) return 0L;
            if (k == TypeKind.DECIMAL) return java.math.BigDecimal.ZERO.setScale(type.scale());
            if (k.isApproximate()) return 0.0;
            if (k.isBinaryString()) return new byte[0];
            if (k == TypeKind.ENUM) return type.elements().isEmpty() ? "" : type.elements().get(0);
            if (k == TypeKind.DATE) return io.sprocket.engine.type.SqlDate.ZERO;
            if (k == TypeKind.DATETIME || k == TypeKind.TIMESTAMP) return SqlDateTime.ZERO;
            if (k == TypeKind.TIME) return io.sprocket.engine.type.SqlTime.ZERO;
            if (k == TypeKind.JSON) return null;
            return "";
        }

        void checkConstraints(Object[] row) {
            Dml.checkConstraints(s, t, row, ctx);
        }

        /** The existing row that {@code row} collides with on some unique key, locked, or null. */
        private StoredRow conflict(Object[] row) {
            for (IndexDef index : t.indexes()) {
                if (!index.isUnique()) continue;
                Object[] key = new Object[index.parts().size()];
                boolean hasNull = false;
                for (int i = 0; i < key.length; i++) {
                    key[i] = row[index.parts().get(i).column()];
                    hasNull |= key[i] == null;
                }
                if (hasNull) continue;
                try (RowCursor cursor = store.scanIndex(txn, index, new KeyBound(key, true), new KeyBound(key, true),
                        false, LockMode.EXCLUSIVE)) {
                    if (cursor.next()) return cursor.row();
                }
            }
            return null;
        }

        private long deleteConflicts(Object[] row) {
            long deleted = 0;
            StoredRow existing;
            while ((existing = conflict(row)) != null) {
                if (triggers != null) triggers.fire(TriggerTiming.BEFORE, TriggerEvent.DELETE, null, existing.values());
                store.delete(txn, existing);
                deleted++;
                if (triggers != null) triggers.fire(TriggerTiming.AFTER, TriggerEvent.DELETE, null, existing.values());
            }
            return deleted;
        }

        /** ON DUPLICATE KEY UPDATE: 2 affected rows when values change, 0 when not (1 with CLIENT_FOUND_ROWS). */
        private void update(StoredRow existing, Object[] inserted) {
            insertedValues = inserted;
            Object[] next = existing.values().clone();
            for (int i = 0; i < upsert.length; i++) {
                int c = upsertTargets[i];
                Object v = upsert[i].eval(next, ctx);
                ColumnDef col = t.columns().get(c);
                if (v == null && !col.nullable()) {
                    if (mode.strict() && !ignore) throw StoreAssignment.columnCannotBeNull(col.name());
                    warnings.warn(ErrorCode.ER_BAD_NULL_ERROR, col.name());
                    v = implicitDefault(col.type());
                } else if (v != null) {
                    v = StoreAssignment.storeValue(v, col.type(), t.name(), col.name(), rowNumber, mode, warnings);
                }
                next[c] = v;
            }
            insertedValues = null;
            if (triggers != null) triggers.fire(TriggerTiming.BEFORE, TriggerEvent.UPDATE, next, existing.values());
            if (Arrays.deepEquals(next, existing.values())) {
                if (s.client().foundRows()) affected += 1;
                if (triggers != null) triggers.fire(TriggerTiming.AFTER, TriggerEvent.UPDATE, next, existing.values());
                return;
            }
            touchOnUpdate(existing.values(), next);
            checkConstraints(next);
            store.update(txn, existing, next);
            affected += 2;
            if (triggers != null) triggers.fire(TriggerTiming.AFTER, TriggerEvent.UPDATE, next, existing.values());
        }

        /** ON UPDATE CURRENT_TIMESTAMP columns change when any other column does. */
        void touchOnUpdate(Object[] before, Object[] after) {
            for (int c = 0; c < after.length; c++) {
                ColumnDef col = t.columns().get(c);
                if (col.onUpdateNow() && java.util.Objects.deepEquals(before[c], after[c])) {
                    after[c] = now(col.type().fsp());
                }
            }
        }

        SqlDateTime now(int fsp) {
            LocalDateTime t = LocalDateTime.ofInstant(s.statementStart(), s.timeZone());
            int micros = fsp == 0 ? 0 : t.getNano() / 1000 / (int) Math.pow(10, 6 - fsp) * (int) Math.pow(10, 6 - fsp);
            return new SqlDateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond(), micros);
        }
    }

    /** Throws 3819 for the first enforced CHECK constraint of {@code t} that {@code row} makes false. */
    static void checkConstraints(SessionImpl s, TableDef t, Object[] row, ExecContext ctx) {
        if (t.checks().isEmpty()) {
            if (!s.viewChecks.isEmpty()) ViewDml.checkOptions(s, t, row, ctx);
            return;
        }
        Scope scope = rowScope(t);
        StatementEnv env = new StatementEnv(s, s.engine.catalog());
        ExpressionCompiler compiler = new ExpressionCompiler(env.standalone());
        for (CheckDef check : t.checks()) {
            if (!check.enforced()) continue;
            Object v = compiler.compile(check.condition(), scope, "check constraint").eval(row, ctx);
            Boolean ok = Ops.truth(v, Warnings.IGNORE);
            if (ok != null && !ok) throw new SqlException(ErrorCode.ER_CHECK_CONSTRAINT_VIOLATED, check.name());
        }
        if (!s.viewChecks.isEmpty()) ViewDml.checkOptions(s, t, row, ctx); // after CHECK constraints, as MySQL
    }

    // ------------------------------------------------------------------ UPDATE

    static OkResult update(SessionImpl s, Update up, Object[] params, StatementEnv env) {
        if (up.tables().size() == 1 && up.tables().get(0) instanceof TableName tn) {
            ViewDef view = ViewDml.target(s, env, tn.name());
            if (view != null) return ViewDml.update(s, up, params, env, view);
        }
        KvTransaction txn = txn(s);
        ExecContext ctx = new ExecContext(s, params);
        ctx.setData(new Access(s, txn));
        ctx.setStrictWrite(s.variables.strict() && !up.ignore());
        boolean single = up.tables().size() == 1 && up.tables().get(0) instanceof TableName;
        if (!single && (!up.orderBy().isEmpty() || up.limit() != null)) {
            throw new SqlException(ErrorCode.ER_WRONG_USAGE, "UPDATE", up.limit() != null ? "LIMIT" : "ORDER BY");
        }
        env.dmlTargets(targetNames(env, up.tables(), List.of()));
        DmlSource source = DmlSource.compile(env.queries(), up.tables(), up.where(), LockMode.EXCLUSIVE);
        Scope scope = source.scope();
        // Targets: (source index, column index, value).
        int m = up.assignments().size();
        int[] targetSource = new int[m];
        int[] targetColumn = new int[m];
        BoundExpression[] values = new BoundExpression[m];
        for (int i = 0; i < m; i++) {
            Assignment a = up.assignments().get(i);
            ColumnRef ref = a.column();
            int mark = env.columnsReadMark();
            Scope.Resolved r = scope.resolve(ref.schema(), ref.table(), ref.column(), "field list");
            env.forgetColumnsReadSince(mark);
            targetSource[i] = r.sourceIndex();
            targetColumn[i] = r.columnIndex();
            values[i] = source.compiler().compile(a.value(), scope, "field list");
        }
        Map<Integer, TableDef> tables = new HashMap<>();
        for (int i = 0; i < m; i++) {
            Scope.Source src = scope.sources().get(targetSource[i]);
            TableDef def = env.catalog().table(src.schema(), src.table());
            if (def == null) throw new SqlException(ErrorCode.ER_NON_UPDATABLE_TABLE, src.alias(), "UPDATE");
            AccessChecks.column(s, def.schema(), def.name(), src.columns().get(targetColumn[i]), Privilege.UPDATE);
            StatementTables.claim(s, def);
            tables.put(targetSource[i], def);
        }
        env.checkColumnsRead();
        Map<Integer, Triggers.TableTriggers> triggers = new HashMap<>();
        for (Map.Entry<Integer, TableDef> e : tables.entrySet()) {
            Triggers.TableTriggers tt = Triggers.forTable(s, e.getValue());
            if (tt != null) triggers.put(e.getKey(), tt);
        }
        List<Object[]> rows = collect(source, ctx, up.orderBy(), up.limit(), env);
        StoreMode mode = up.ignore() ? new StoreMode(false, false, false, false, false) : storeMode(s);
        long matched = 0, changed = 0;
        Map<Integer, Set<String>> done = new HashMap<>();
        long rowNumber = 0;
        for (Object[] row : rows) {
            rowNumber++;
            Object[] working = row.clone();
            boolean anyMatched = false;
            for (Map.Entry<Integer, TableDef> e : tables.entrySet()) {
                int si = e.getKey();
                TableDef def = e.getValue();
                Scope.Source src = scope.sources().get(si);
                int n = def.columns().size();
                byte[] locator = (byte[]) working[src.offset() + n];
                if (locator == null) continue; // outer-join row without this table
                String key = Arrays.toString(locator);
                if (!done.computeIfAbsent(si, k -> new HashSet<>()).add(key)) continue;
                anyMatched = true;
                matched++; // MySQL counts each matched row of each updated table once
                Object[] before = Arrays.copyOfRange(row, src.offset(), src.offset() + n);
                // Assignments apply left to right; later ones see earlier results (MySQL single-table rule).
                for (int i = 0; i < m; i++) {
                    if (targetSource[i] != si) continue;
                    Object v = values[i].eval(working, ctx);
                    ColumnDef col = def.columns().get(targetColumn[i]);
                    if (v == null && !col.nullable()) {
                        if (mode.strict()) throw StoreAssignment.columnCannotBeNull(col.name());
                        s.diagnostics.warn(ErrorCode.ER_BAD_NULL_ERROR, col.name());
                        v = Writer.implicitDefault(col.type());
                    } else if (v != null) {
                        v = StoreAssignment.storeValue(v, col.type(), def.name(), col.name(), rowNumber, mode, s.diagnostics);
                    }
                    working[src.offset() + targetColumn[i]] = v;
                }
                Object[] after = Arrays.copyOfRange(working, src.offset(), src.offset() + n);
                Triggers.TableTriggers tt = triggers.get(si);
                if (tt != null) {
                    // BEFORE UPDATE sees every matched row and may change NEW; AFTER UPDATE follows even when
                    // nothing changed, as in MySQL
                    tt.fire(TriggerTiming.BEFORE, TriggerEvent.UPDATE, after, before);
                    for (int c = 0; c < n; c++) working[src.offset() + c] = after[c];
                }
                if (Arrays.deepEquals(before, after)) {
                    if (tt != null) tt.fire(TriggerTiming.AFTER, TriggerEvent.UPDATE, after, before);
                    continue;
                }
                Writer w = new Writer(s, def, s.engine.tableStore(def), txn, ctx, up.ignore(), false, mode);
                w.touchOnUpdate(before, after);
                w.checkConstraints(after);
                try {
                    s.engine.tableStore(def).update(txn, new StoredRow(locator, before), after);
                    s.engine.tableStore(def).flushAutoIncrement();
                    changed++;
                } catch (SqlException ex) {
                    if (up.ignore() && ex.errno() == ErrorCode.ER_DUP_ENTRY.errno()) {
                        s.diagnostics.add(new io.sprocket.engine.error.Condition(io.sprocket.engine.error.Condition.Level.WARNING,
                                ex.errno(), ex.sqlState(), ex.getMessage()));
                        continue;
                    }
                    throw ex;
                }
                if (tt != null) tt.fire(TriggerTiming.AFTER, TriggerEvent.UPDATE, after, before);
            }
        }
        long affected = s.client().foundRows() ? matched : changed;
        String info = "Rows matched: " + matched + "  Changed: " + changed + "  Warnings: " + s.diagnostics.warningCount();
        return new OkResult(affected, 0, info);
    }

    /** Reads the source rows, applying single-table ORDER BY and LIMIT. */
    private static List<Object[]> collect(DmlSource source, ExecContext ctx, List<OrderItem> orderBy,
                                          io.sprocket.sql.ast.Limit limit, StatementEnv env) {
        List<Object[]> rows = new ArrayList<>();
        try (RowIterator it = source.open(ctx)) {
            Object[] r;
            while ((r = it.next()) != null) rows.add(r);
        }
        if (!orderBy.isEmpty()) {
            BoundExpression[] keys = new BoundExpression[orderBy.size()];
            boolean[] desc = new boolean[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = source.compiler().compile(orderBy.get(i).expression(), source.scope(), "order clause");
                desc[i] = orderBy.get(i).order() == io.sprocket.sql.ast.SortOrder.DESC;
            }
            List<Object[][]> decorated = new ArrayList<>();
            for (Object[] r : rows) {
                Object[] k = new Object[keys.length];
                for (int i = 0; i < k.length; i++) k[i] = keys[i].eval(r, ctx);
                decorated.add(new Object[][] {r, k});
            }
            decorated.sort((a, b) -> {
                for (int i = 0; i < keys.length; i++) {
                    Object x = a[1][i], y = b[1][i];
                    int c = x == null ? (y == null ? 0 : -1) : y == null ? 1
                            : Ops.compare(x, y, Ops.CompareKind.DYNAMIC, keys[i].type().collation(), Warnings.IGNORE);
                    if (c != 0) return desc[i] ? -c : c;
                }
                return 0;
            });
            rows.clear();
            for (Object[][] d : decorated) rows.add(d[0]);
        }
        if (limit != null) {
            Object v = env.compileConstant(limit.count()).eval(null, ctx);
            long count = Ops.toLong(v, Warnings.IGNORE);
            if (count < rows.size()) rows = new ArrayList<>(rows.subList(0, (int) Math.max(0, count)));
        }
        return rows;
    }

    // ------------------------------------------------------------------ DELETE

    static OkResult delete(SessionImpl s, Delete del, Object[] params, StatementEnv env) {
        if (del.targets().isEmpty() && del.tables().size() == 1 && del.tables().get(0) instanceof TableName tn) {
            ViewDef view = ViewDml.target(s, env, tn.name());
            if (view != null) return ViewDml.delete(s, del, params, env, view);
        }
        KvTransaction txn = txn(s);
        ExecContext ctx = new ExecContext(s, params);
        ctx.setData(new Access(s, txn));
        List<TableReference> from = del.tables();
        List<ObjectName> targets = del.targets();
        boolean single = targets.isEmpty();
        if (single && from.size() == 1 && from.get(0) instanceof TableName tn) {
            targets = List.of(tn.alias() != null ? new ObjectName(null, tn.alias()) : tn.name());
        } else if (!del.orderBy().isEmpty() || del.limit() != null) {
            throw new SqlException(ErrorCode.ER_WRONG_USAGE, "DELETE", del.limit() != null ? "LIMIT" : "ORDER BY");
        }
        env.dmlTargets(targetNames(env, from, targets));
        DmlSource source = DmlSource.compile(env.queries(), from, del.where(), LockMode.EXCLUSIVE);
        Scope scope = source.scope();
        List<Integer> targetSources = new ArrayList<>();
        List<TableDef> defs = new ArrayList<>();
        for (ObjectName target : targets) {
            Scope.Source src = scope.source(null, target.name());
            if (src == null) throw new SqlException(ErrorCode.ER_UNKNOWN_TABLE, target.name(), "MULTI DELETE");
            TableDef def = env.catalog().table(src.schema(), src.table());
            if (def == null) throw new SqlException(ErrorCode.ER_NON_UPDATABLE_TABLE, src.alias(), "DELETE");
            AccessChecks.table(s, def.schema(), def.name(), Privilege.DELETE);
            StatementTables.claim(s, def);
            targetSources.add(scope.sources().indexOf(src));
            defs.add(def);
        }
        env.checkColumnsRead();
        List<Triggers.TableTriggers> triggers = new ArrayList<>();
        for (TableDef def : defs) triggers.add(Triggers.forTable(s, def));
        List<Object[]> rows = collect(source, ctx, del.orderBy(), del.limit(), env);
        long deleted = 0;
        Set<String> done = new HashSet<>();
        for (Object[] row : rows) {
            for (int i = 0; i < defs.size(); i++) {
                TableDef def = defs.get(i);
                Scope.Source src = scope.sources().get(targetSources.get(i));
                int n = def.columns().size();
                byte[] locator = (byte[]) row[src.offset() + n];
                if (locator == null || !done.add(i + ":" + Arrays.toString(locator))) continue;
                Object[] values = Arrays.copyOfRange(row, src.offset(), src.offset() + n);
                Triggers.TableTriggers tt = triggers.get(i);
                if (tt != null) tt.fire(TriggerTiming.BEFORE, TriggerEvent.DELETE, null, values);
                s.engine.tableStore(def).delete(txn, new StoredRow(locator, values));
                deleted++;
                if (tt != null) tt.fire(TriggerTiming.AFTER, TriggerEvent.DELETE, null, values);
            }
        }
        return new OkResult(deleted, 0, "");
    }
}
