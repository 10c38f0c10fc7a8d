package io.sprocket.engine.session;

import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.routine.Invocation;
import io.sprocket.engine.routine.RoutineHost;
import io.sprocket.engine.routine.Step;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ParsedStatement;
import io.sprocket.sql.ast.DataType;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** The session as the routine compiler and interpreter see it (see {@link RoutineHost}). */
final class RoutineHostImpl implements RoutineHost {
    private final SessionImpl session;
    private final RoutineDef routine;

    RoutineHostImpl(SessionImpl session, RoutineDef routine) {
        this.session = session;
        this.routine = routine;
    }

    private StatementEnv env(LocalVariables locals) {
        io.sprocket.engine.catalog.Catalog catalog = session.temporaryTables.isEmpty()
                ? session.engine.catalog() : session.visibleCatalog();
        return new StatementEnv(session, catalog, locals);
    }

    @Override
    public BoundExpression compile(Expression e, LocalVariables locals) {
        // A standalone SIGNAL/GET DIAGNOSTICS (schema "") compiles in the session's own database.
        String saved = session.swapDatabase(routine.schema().isEmpty() ? session.currentDatabase() : routine.schema());
        try {
            return env(locals).compileConstant(e);
        } finally {
            session.swapDatabase(saved);
        }
    }

    @Override
    public SqlType resolveType(String name, DataType type) {
        Collation c = CollationRegistry.instance().collation(routine.databaseCollation());
        return io.sprocket.engine.catalog.ColumnTypes.toSqlType(name, type, c != null ? c : CollationRegistry.defaultCollation());
    }

    @Override
    public void execute(Step.Sql step, Invocation inv) {
        LocalVariables savedLocals = session.currentLocals;
        Step.Sql savedStep = session.currentStep;
        session.currentLocals = step.locals();
        session.currentStep = step;
        try {
            String text = step.statement().sourceText();
            ParsedStatement parsed = new ParsedStatement(step.statement().statement(), text,
                    new SourceSpan(0, text.length()), text.length(), 0);
            session.runner().run(parsed, null, session.callSink, true);
        } finally {
            session.currentLocals = savedLocals;
            session.currentStep = savedStep;
        }
    }

    @Override
    public Cursor open(Step.OpenCursor step, Invocation inv) {
        StatementEnv env = env(step.cursorDef().locals());
        QueryPlan plan = (QueryPlan) step.cachedPlan;
        long version = (session.engine.catalog().version() * 1_000_003L + session.temporaryGeneration) * 1_000_033L
                + session.privilegeStamp(); // a privilege change re-checks them at compile time
        if (plan == null || step.cachedVersion != version) {
            plan = env.queries().compile(step.cursorDef().query().query(), null);
            step.cachedPlan = plan;
            step.cachedVersion = version;
        }
        // The query sees the variables as they are now (MySQL materialises the cursor at OPEN).
        ExecContext ctx = new ExecContext(session, null);
        ctx.setFrame(inv.frame.clone());
        Access access;
        if (session.transactions.active() || session.transactions.explicit() || !session.variables.autocommit()) {
            access = new Access(session, session.transactions.current(session.variables.innodbLockWaitTimeout()));
        } else {
            access = Access.snapshot(session);
        }
        ctx.setData(access);
        RowIterator it = plan.open(ctx);
        int width = plan.columns().size();
        return new Cursor() {
            @Override public Object[] next() { return it.next(); }

            @Override public int width() { return width; }

            @Override public void close() {
                try {
                    it.close();
                } finally {
                    access.close();
                }
            }
        };
    }

    @Override
    public ExecContext context(Object[] frame) {
        ExecContext ctx = new ExecContext(session, null);
        ctx.setFrame(frame);
        ctx.setData(new LiveAccess(session));
        return ctx;
    }

    @Override
    public void checkSystemVariable(String name) {
        try {
            session.systemVariable(io.sprocket.sql.ast.VariableScope.UNQUALIFIED, name);
        } catch (SqlException e) {
            if (e.errno() == io.sprocket.engine.error.ErrorCode.ER_UNKNOWN_SYSTEM_VARIABLE.errno()) throw e;
        }
    }

    @Override
    public void clearDiagnostics() {
        session.diagnostics.clear();
    }

    @Override
    public void statementEnded(ExecContext ctx) {
        if (ctx.data() instanceof LiveAccess a) a.reset();
        if (session.functionDepth == 0) session.statementTables.clear();
    }

    /**
     * Table reads of the body's own expressions (subqueries in IF, SET, RETURN, DEFAULT): through the open
     * transaction when there is one, else a snapshot taken at first use and dropped when a statement ends.
     */
    private static final class LiveAccess implements io.sprocket.engine.expr.DataAccess {
        private final SessionImpl session;
        private io.sprocket.storage.KvReader snapshot;

        LiveAccess(SessionImpl session) {
            this.session = session;
        }

        @Override
        public io.sprocket.storage.KvReader reader() {
            if (session.transactions.active()) {
                return session.transactions.current(session.variables.innodbLockWaitTimeout());
            }
            if (snapshot == null) snapshot = session.engine.tableCaches().snapshot(session.engine.store());
            return snapshot;
        }

        @Override
        public io.sprocket.engine.row.TableStore store(io.sprocket.engine.catalog.TableDef table) {
            return session.engine.tableStore(table);
        }

        void reset() {
            if (snapshot != null) {
                snapshot.close();
                snapshot = null;
            }
        }
    }

    @Override
    public void conditionRaised(SqlException e) {
        session.diagnostics.clear();
        session.diagnostics.addError(e);
    }

    @Override
    public List<Condition> diagnostics() {
        return new ArrayList<>(session.diagnostics.conditions());
    }

    @Override
    public void removeCondition(int errno, String message) {
        session.diagnostics.remove(errno, message);
    }

    @Override
    public void addCondition(Condition condition) {
        session.diagnostics.add(condition);
    }

    @Override
    public long rowCount() {
        return session.rowCount();
    }
}
