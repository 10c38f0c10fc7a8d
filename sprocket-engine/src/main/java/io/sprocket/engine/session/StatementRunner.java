package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.DdlContext;
import io.sprocket.engine.catalog.DdlExecutor;
import io.sprocket.engine.catalog.DdlResult;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.exec.OutputColumn;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.engine.type.StoreMode;
import io.sprocket.engine.type.Values;
import io.sprocket.sql.ParsedStatement;
import io.sprocket.sql.ast.Call;
import io.sprocket.sql.ast.Commit;
import io.sprocket.sql.ast.CompletionOption;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.DdlStatement;
import io.sprocket.sql.ast.DeallocatePrepare;
import io.sprocket.sql.ast.Delete;
import io.sprocket.sql.ast.Do;
import io.sprocket.sql.ast.DropDatabase;
import io.sprocket.sql.ast.Execute;
import io.sprocket.sql.ast.Explain;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Flush;
import io.sprocket.sql.ast.Help;
import io.sprocket.sql.ast.Insert;
import io.sprocket.sql.ast.Kill;
import io.sprocket.sql.ast.LockTables;
import io.sprocket.sql.ast.Prepare;
import io.sprocket.sql.ast.ReleaseSavepoint;
import io.sprocket.sql.ast.Rollback;
import io.sprocket.sql.ast.RoutineStatement;
import io.sprocket.sql.ast.RollbackToSavepoint;
import io.sprocket.sql.ast.Savepoint;
import io.sprocket.sql.ast.Select;
import io.sprocket.sql.ast.SetTransaction;
import io.sprocket.sql.ast.SetVariables;
import io.sprocket.sql.ast.ShowErrorCount;
import io.sprocket.sql.ast.ShowErrors;
import io.sprocket.sql.ast.ShowStatement;
import io.sprocket.sql.ast.ShowWarningCount;
import io.sprocket.sql.ast.ShowWarnings;
import io.sprocket.sql.ast.StartTransaction;
import io.sprocket.sql.ast.Statement;
import io.sprocket.sql.ast.TableMaintenance;
import io.sprocket.sql.ast.UnlockTables;
import io.sprocket.sql.ast.Update;
import io.sprocket.sql.ast.Use;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.List;

/** Runs one statement of a session: transaction handling around it, then the statement's own work. */
final class StatementRunner {
    private final SessionImpl session;

    StatementRunner(SessionImpl session) {
        this.session = session;
    }

    void run(ParsedStatement parsed, Object[] parameters, ResultSink sink, boolean more) {
        Statement statement = parsed.statement();
        boolean keepsDiagnostics = statement instanceof ShowWarnings || statement instanceof ShowErrors
                || statement instanceof ShowWarningCount || statement instanceof ShowErrorCount
                || statement instanceof io.sprocket.sql.ast.ConditionStatement c
                        && c.statement() instanceof io.sprocket.sql.ast.GetDiagnostics;
        session.previousWarningCount = session.diagnostics.warningCount();
        session.previousErrorCount = session.diagnostics.errorCount();
        if (!keepsDiagnostics) session.diagnostics.clear();
        session.hideWarningCount = false;
        if (session.functionDepth == 0) session.statementTables.clear();
        if (session.mustChangePassword && !(statement instanceof io.sprocket.sql.ast.AlterUser
                || statement instanceof io.sprocket.sql.ast.SetPassword || statement instanceof SetVariables)) {
            throw new SqlException(ErrorCode.ER_MUST_CHANGE_PASSWORD);
        }
        if (session.functionDepth > 0 && Triggers.commitsImplicitly(statement)) {
            // a procedure called from a stored function or trigger may not end the caller's transaction
            throw new SqlException(ErrorCode.ER_COMMIT_NOT_ALLOWED_IN_SF_OR_TRG);
        }
        session.transactions.statementBegins(session.variables.transactionIsolation());
        switch (statement) {
            case Select s -> select(parsed, s, parameters, sink, more);
            case Insert s -> dml(() -> Dml.insert(session, s, parameters, statementEnv()), sink, more, true);
            case Update s -> dml(() -> Dml.update(session, s, parameters, statementEnv()), sink, more, true);
            case Delete s -> dml(() -> Dml.delete(session, s, parameters, statementEnv()), sink, more, true);
            case Do s -> {
                dml(() -> {
                    ExecContext ctx = newContext(parameters,
                            new Access(session, session.transactions.current(session.variables.innodbLockWaitTimeout())));
                    var env = statementEnv();
                    for (Expression e : s.expressions()) env.compileConstant(e).eval(null, ctx);
                    return OkResult.EMPTY;
                }, sink, more, false);
            }
            case Call c -> Routines.call(session, c, parameters, sink, more, statementEnv());
            case DdlStatement d -> ddl(parsed, d, sink, more);
            case io.sprocket.sql.ast.AccountStatement a -> sink.ok(AccountDdl.run(session, a), more);
            case io.sprocket.sql.ast.TriggerStatement t -> {
                OkResult ok = TriggerDdl.run(session, t);
                session.setRowCount(ok.affectedRows());
                sink.ok(ok, more);
            }
            case RoutineStatement r -> {
                OkResult ok = RoutineDdl.run(session, r, parsed.sourceText());
                session.setRowCount(ok.affectedRows());
                sink.ok(ok, more);
            }
            case io.sprocket.sql.ast.EventStatement e -> {
                OkResult ok = EventDdl.run(session, e);
                session.setRowCount(ok.affectedRows());
                sink.ok(ok, more);
            }
            case io.sprocket.sql.ast.ViewStatement v -> sink.ok(ViewDdl.run(session, v, statementEnv()), more);
            case ShowStatement s -> {
                LocalResult result = Shows.run(session, s, statementEnv());
                sendLocal(result, sink, more);
            }
            case Use u -> {
                session.useDatabase(u.database());
                sink.ok(OkResult.EMPTY, more);
            }
            case SetVariables s -> {
                SetRunner.run(session, s, parameters, statementEnv());
                sink.ok(OkResult.EMPTY, more);
            }
            case SetTransaction s -> {
                SetRunner.setTransaction(session, s);
                sink.ok(OkResult.EMPTY, more);
            }
            case StartTransaction s -> {
                session.transactions.begin(session.variables.innodbLockWaitTimeout(), s.withConsistentSnapshot());
                sink.ok(OkResult.EMPTY, more);
            }
            case Commit c -> {
                session.transactions.commit();
                if (c.chain() == CompletionOption.YES) session.transactions.begin(session.variables.innodbLockWaitTimeout(), false);
                sink.ok(OkResult.EMPTY, more);
            }
            case Rollback r -> {
                session.transactions.rollback();
                if (r.chain() == CompletionOption.YES) session.transactions.begin(session.variables.innodbLockWaitTimeout(), false);
                sink.ok(OkResult.EMPTY, more);
            }
            case Savepoint s -> {
                session.transactions.savepoint(s.name());
                sink.ok(OkResult.EMPTY, more);
            }
            case RollbackToSavepoint s -> {
                session.transactions.rollbackTo(s.name());
                sink.ok(OkResult.EMPTY, more);
            }
            case ReleaseSavepoint s -> {
                session.transactions.release(s.name());
                sink.ok(OkResult.EMPTY, more);
            }
            case Prepare p -> {
                PreparedSql.prepare(session, p, statementEnv());
                sink.ok(OkResult.EMPTY, more);
            }
            case Execute e -> {
                PreparedSql.Bound b = PreparedSql.bind(session, e);
                // OUT arguments of a CALL bound to '?' go back to the USING variables (not to the client).
                List<String> saved = session.executeUsing;
                // Dynamic SQL does not see the routine's variables (MySQL: only user variables pass values in).
                var savedLocals = session.currentLocals;
                var savedStep = session.currentStep;
                session.executeUsing = e.usingVariables();
                session.currentLocals = null;
                session.currentStep = null;
                try {
                    run(b.parsed(), b.parameters(), sink, more);
                } finally {
                    session.executeUsing = saved;
                    session.currentLocals = savedLocals;
                    session.currentStep = savedStep;
                }
            }
            case DeallocatePrepare d -> {
                if (session.sqlPrepared.remove(d.name().toLowerCase()) == null) {
                    throw new SqlException(ErrorCode.ER_UNKNOWN_STMT_HANDLER, d.name(), "DEALLOCATE PREPARE");
                }
                sink.ok(OkResult.EMPTY, more);
            }
            case Kill k -> {
                Object id = statementEnv().compileConstant(k.processId()).eval(null, newContext(parameters, null));
                long target = Values.toLongValue(id, Warnings.IGNORE);
                SessionImpl victim = session.engine.session(target);
                if (victim == null) throw new SqlException(ErrorCode.ER_NO_SUCH_THREAD, target);
                if (k.queryOnly()) victim.cancel();
                else session.engine.killConnection(target);
                sink.ok(OkResult.EMPTY, more);
            }
            case Flush f -> {
                AccessChecks.global(session, io.sprocket.engine.security.Privilege.RELOAD);
                sink.ok(OkResult.EMPTY, more);
            }
            case LockTables l -> {
                AccessChecks.lockTables(session, l);
                session.transactions.commit();
                sink.ok(OkResult.EMPTY, more);
            }
            case UnlockTables u -> {
                session.transactions.commit();
                sink.ok(OkResult.EMPTY, more);
            }
            case TableMaintenance m -> sendLocal(Shows.maintenance(session, m, statementEnv()), sink, more);
            case Explain e -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "EXPLAIN");
            case Help h -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "HELP");
            case io.sprocket.sql.ast.ConditionStatement c -> {
                int before = session.diagnostics.warningCount();
                Routines.standalone(session, c);
                // GET DIAGNOSTICS leaves the diagnostics area as it was, but reports no conditions of its own
                if (keepsDiagnostics && session.diagnostics.warningCount() == before) session.hideWarningCount = true;
                sink.ok(OkResult.EMPTY, more);
            }
        }
    }

    StatementEnv statementEnv() {
        return new StatementEnv(session, session.temporaryTables.isEmpty() ? session.engine.catalog() : session.visibleCatalog());
    }

    ExecContext newContext(Object[] parameters, io.sprocket.engine.expr.DataAccess data) {
        ExecContext ctx = new ExecContext(session, parameters);
        ctx.setData(data);
        return ctx;
    }

    // ------------------------------------------------------------------ SELECT

    private void select(ParsedStatement parsed, Select s, Object[] parameters, ResultSink sink, boolean more) {
        QueryPlan plan = cachedPlan(parsed, s);
        boolean locking = s.query().locking() != null;
        boolean useTxn = locking || session.transactions.explicit() || !session.variables.autocommit()
                || session.transactions.active();
        Access snapshot = null;
        KvTransaction txn = null;
        if (useTxn) {
            txn = session.transactions.current(session.variables.innodbLockWaitTimeout());
            if (!session.variables.autocommit()) session.transactions.keepOpen();
        } else {
            snapshot = Access.snapshot(session);
        }
        ExecContext ctx = newContext(parameters, txn != null ? new Access(session, txn) : snapshot);
        try {
            if (!s.into().isEmpty()) {
                selectInto(s, plan, ctx, sink, more);
                return;
            }
            List<ColumnMeta> columns = columnMeta(plan.columns());
            long sent;
            try (RowIterator it = plan.open(ctx)) {
                Counter counter = new Counter(it);
                sink.resultSet(columns, counter, more);
                sent = counter.count;
            }
            session.setFoundRows(ctx.calculatedFoundRows() >= 0 ? ctx.calculatedFoundRows() : sent);
            session.setRowCount(-1);
            if (txn != null && !session.transactions.explicit() && session.functionDepth == 0) session.transactions.commit();
        } catch (RuntimeException e) {
            if (txn != null && !session.transactions.explicit() && session.functionDepth == 0) session.transactions.rollback();
            throw e;
        } finally {
            if (snapshot != null) snapshot.close();
        }
    }

    /** The session's compiled plan for this statement, compiled again when the catalog or settings changed. */
    private QueryPlan cachedPlan(ParsedStatement parsed, Select s) {
        long version = (session.engine.catalog().version() * 1_000_003L + session.temporaryGeneration) * 1_000_033L
                + session.privilegeStamp(); // a privilege change re-checks them at compile time
        var step = session.currentStep;
        if (step != null && step.statement().statement() == s) {
            // A statement of a stored program: its plan lives with the compiled program (names resolved to its frame).
            if (step.cachedPlan != null && step.cachedVersion == version) return (QueryPlan) step.cachedPlan;
            StatementEnv env = statementEnv();
            QueryPlan plan = env.queries().compile(s.query(), null);
            step.cachedPlan = plan;
            step.cachedVersion = version;
            return plan;
        }
        String db = session.currentDatabase();
        long mode = session.variables.sqlMode();
        String collation = session.variables.collationConnection();
        long div = session.variables.divPrecisionIncrement();
        SessionImpl.CachedPlan c = session.planCache.get(parsed.sourceText());
        if (c != null && c.catalogVersion() == version && java.util.Objects.equals(c.database(), db)
                && c.sqlMode() == mode && c.collation().equals(collation) && c.divIncrement() == div) {
            return c.plan();
        }
        StatementEnv env = statementEnv();
        QueryPlan plan = env.queries().compile(s.query(), null);
        if (env.readsUserVariables()) return plan;
        session.planCache.put(parsed.sourceText(), new SessionImpl.CachedPlan(plan, version, db, mode, collation, div));
        return plan;
    }

    /** SELECT ... INTO @a, @b: exactly one row (1172 for more; warning 1329 for none). */
    private void selectInto(Select s, QueryPlan plan, ExecContext ctx, ResultSink sink, boolean more) {
        if (s.into().size() != plan.columns().size()) throw new SqlException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
        Object[] first = null;
        int rows = 0;
        try (RowIterator it = plan.open(ctx)) {
            Object[] r;
            while ((r = it.next()) != null) {
                if (++rows > 1) throw new SqlException(ErrorCode.ER_TOO_MANY_ROWS);
                first = r.clone();
            }
        }
        if (first == null) {
            session.diagnostics.add(io.sprocket.engine.error.Condition.warning(ErrorCode.ER_SP_FETCH_NO_DATA));
        } else {
            var step = session.currentStep;
            for (int i = 0; i < first.length; i++) {
                if (step != null && step.statement().statement() == s && !step.into().isEmpty()) {
                    session.currentInvocation.assign(step.into().get(i), first[i]);
                    continue;
                }
                Expression target = s.into().get(i);
                if (target instanceof io.sprocket.sql.ast.UserVariable v) session.setUserVariable(v.name(), first[i]);
            }
        }
        session.setRowCount(rows);
        sink.ok(new OkResult(rows, 0, ""), more);
    }

    static List<ColumnMeta> columnMeta(List<OutputColumn> columns) {
        List<ColumnMeta> out = new ArrayList<>(columns.size());
        for (OutputColumn c : columns) {
            SqlType type = c.type();
            if (c.source() != null && c.source().table() != null && !c.source().table().isEmpty()) {
                var src = c.source();
                out.add(type.columnMeta(src.schema() == null ? "" : src.schema(), src.tableAlias(), src.table(),
                        c.name(), src.column(), c.nullable() ? 0 : io.sprocket.engine.result.ColumnFlags.NOT_NULL));
            } else {
                out.add(type.expressionMeta(c.name(), !c.nullable()));
            }
        }
        return out;
    }

    /** Converts engine values to wire values as rows leave the engine, counting them. */
    private static final class Counter implements RowStream {
        private final RowIterator it;
        long count;

        Counter(RowIterator it) {
            this.it = it;
        }

        @Override
        public Object[] next() {
            Object[] r = it.next();
            if (r == null) return null;
            count++;
            Object[] out = new Object[r.length];
            for (int i = 0; i < r.length; i++) out[i] = Values.toWire(r[i]);
            return out;
        }
    }

    static void sendLocal(LocalResult result, ResultSink sink, boolean more) {
        sink.resultSet(result.columns(), result.stream(), more);
    }

    // ------------------------------------------------------------------ DML

    interface Work {
        OkResult run();
    }

    /** Runs a writing statement inside the session's transaction, with statement-level rollback on failure. */
    private void dml(Work work, ResultSink sink, boolean more, boolean writes) {
        boolean autocommit = session.variables.autocommit() && !session.transactions.explicit() && session.functionDepth == 0;
        session.transactions.current(session.variables.innodbLockWaitTimeout());
        if (!session.variables.autocommit()) session.transactions.keepOpen();
        session.transactions.statementStart();
        OkResult ok;
        try {
            ok = work.run();
            session.transactions.statementSucceeded();
            if (autocommit) session.transactions.commit();
        } catch (RuntimeException e) {
            if (autocommit) {
                session.transactions.rollback();
            } else {
                try {
                    session.transactions.statementFailed();
                } catch (RuntimeException ignored) {
                    // the transaction may already be gone (deadlock)
                }
            }
            throw e;
        }
        session.setRowCount(writes ? ok.affectedRows() : -1);
        sink.ok(ok, more);
    }

    // ------------------------------------------------------------------ DDL

    private void ddl(ParsedStatement parsed, DdlStatement d, ResultSink sink, boolean more) {
        AccessChecks.ddl(session, d);
        if (TemporaryTables.handles(session, d)) {
            OkResult ok;
            try {
                ok = TemporaryTables.run(session, d, statementEnv());
            } finally {
                session.engine.tableCaches().invalidateAll();
            }
            session.setRowCount(ok.affectedRows());
            sink.ok(ok, more);
            return;
        }
        session.transactions.commit(); // DDL commits implicitly, before and after
        var lock = session.engine.metadataLock().writeLock();
        lock.lock();
        DdlResult result;
        KvStore store = session.engine.store();
        try (KvTransaction txn = store.begin()) {
            Catalog before = session.engine.catalog();
            DdlContext ctx = new Ddl(session, txn, before);
            if (d instanceof CreateTable ct && ct.asQuery() != null) {
                result = CreateTableAs.run(session, ct, ctx, txn, statementEnv());
            } else {
                result = DdlExecutor.execute(ctx, d);
            }
            Catalog adjusted = TriggerDdl.afterTableDdl(txn, d, session.currentDatabase(), before, result.catalog());
            if (adjusted != result.catalog()) result = new DdlResult(adjusted, result.affectedRows(), result.info());
            txn.commit();
            session.engine.tableCaches().ended(txn); // CREATE TABLE ... SELECT wrote rows through the row store
            session.engine.publish(result.catalog());
        } finally {
            // DDL may rewrite rows outside the row store's write path (TRUNCATE, DROP, ALTER's copy)
            session.engine.tableCaches().invalidateAll();
            lock.unlock();
        }
        if (d instanceof DropDatabase dd && dd.name().equals(session.currentDatabase())
                && session.engine.catalog().database(dd.name()) == null) {
            session.clearDatabase();
        }
        session.setRowCount(result.affectedRows());
        sink.ok(new OkResult(result.affectedRows(), 0, result.info() == null ? "" : result.info()), more);
    }

    /** The DDL executor's view of the session. */
    record Ddl(SessionImpl session, KvTransaction transaction, Catalog catalog) implements DdlContext {
        @Override public KvStore store() { return session.engine.store(); }

        @Override public String currentDatabase() { return session.currentDatabase(); }

        @Override public Warnings warnings() { return session.diagnostics; }

        @Override public boolean strictMode() { return session.variables.strict(); }

        @Override public io.sprocket.engine.type.Collation serverCollation() {
            var c = io.sprocket.engine.type.CollationRegistry.instance()
                    .collation(String.valueOf(session.variables.select("collation_server", io.sprocket.engine.variable.ScopeKeyword.NONE)));
            return c != null ? c : io.sprocket.engine.type.CollationRegistry.defaultCollation();
        }

        @Override public Object evaluate(Expression expression) {
            var env = new StatementEnv(session, catalog);
            return env.compileConstant(expression).eval(null, new ExecContext(session, null));
        }

        @Override public void checkConstraints(io.sprocket.engine.catalog.TableDef table, Object[] row) {
            Dml.checkConstraints(session, table, row, new ExecContext(session, null));
        }

        @Override public Object storeValue(SqlType type, String columnName, Object value, boolean strict,
                                           Warnings warnings, long rowNumber) {
            return StoreAssignment.storeValue(value, type, columnName, rowNumber,
                    strict ? Dml.storeMode(session) : StoreMode.LENIENT, warnings);
        }
    }

    static List<ColumnDef> unused() { return List.of(); }

    static LockMode none() { return LockMode.NONE; }
}
