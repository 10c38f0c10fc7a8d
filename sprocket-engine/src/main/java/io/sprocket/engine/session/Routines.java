package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.routine.Invocation;
import io.sprocket.engine.routine.Program;
import io.sprocket.engine.routine.RoutineCompiler;
import io.sprocket.engine.type.Values;
import io.sprocket.engine.variable.CreationContext;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.Call;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Parameter;
import io.sprocket.sql.ast.ParameterMode;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.sql.ast.UserVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The session's side of the routine runtime, and the one place where a routine's execution context is entered
 * and left: CALL, stored function calls in expressions, and validation of new definitions. Programs are
 * compiled once per session and definition (and again after any catalog change).
 */
final class Routines {
    /** Stored functions calling stored functions deeper than this are taken for recursion. */
    private static final int MAX_FUNCTION_NESTING = 256;

    private Routines() {
    }

    /** Compiles a new definition's body, raising the errors MySQL reports at CREATE time. */
    static void validate(SessionImpl session, RoutineDef definition) {
        RoutineCompiler.compile(definition, new RoutineHostImpl(session, definition), -1);
    }

    /** The session's compiled program for {@code def}, compiled now when missing or stale. */
    static Program program(SessionImpl session, RoutineDef def) {
        return program(session, def, def.name());
    }

    /** As {@link #program(SessionImpl, RoutineDef)}; {@code calledAs} is the name as the call wrote it. */
    static Program program(SessionImpl session, RoutineDef def, String calledAs) {
        long version = session.engine.catalog().version();
        String key = def.schema() + "\u0000" + def.key();
        Program p = session.programs.get(key);
        if (p != null && p.definition() == def && p.catalogVersion() == version) return p;
        p = RoutineCompiler.compile(def, new RoutineHostImpl(session, def), version);
        session.programs.put(key, p);
        // Loading a function named like a native one notes the collision again, as MySQL does when it loads
        // the routine into the session's cache.
        if (def.isFunction() && io.sprocket.engine.function.NativeFunctions.isNative(def.name())) {
            session.diagnostics.note(ErrorCode.ER_NATIVE_FCT_NAME_COLLISION, calledAs);
        }
        return p;
    }

    // ------------------------------------------------------------------ CALL

    static void call(SessionImpl session, Call c, Object[] parameters, ResultSink sink, boolean more, StatementEnv env) {
        String db = c.procedure().schema() != null ? c.procedure().schema() : session.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        RoutineDef def = env.catalog().routine(db, RoutineKind.PROCEDURE, c.procedure().name());
        if (def == null) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "PROCEDURE", db + "." + c.procedure().name());
        AccessChecks.routine(session, def.schema(), RoutineKind.PROCEDURE, def.name(), io.sprocket.engine.security.Privilege.EXECUTE);
        String qualified = def.schema() + "." + def.name();
        List<RoutineDef.Parameter> params = def.parameters();
        if (c.arguments().size() != params.size()) {
            throw new SqlException(ErrorCode.ER_SP_WRONG_NO_OF_ARGS, "PROCEDURE", qualified, params.size(), c.arguments().size());
        }
        LocalVariables callerLocals = session.currentLocals;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).mode() != ParameterMode.IN && !isVariable(c.arguments().get(i), callerLocals)) {
                throw new SqlException(ErrorCode.ER_SP_NOT_VAR_ARG, i + 1, qualified);
            }
        }
        Program program = program(session, def);
        if (program.returnsResults() && !sink.multiResults()) {
            // MySQL refuses before running anything when the client cannot take a CALL's result sets.
            throw new SqlException(ErrorCode.ER_SP_BADSELECT, qualified);
        }
        List<String> usingVariables = session.executeUsing;
        session.executeUsing = null;
        Object[] frame = new Object[program.frameSize()];
        ExecContext callerCtx = new ExecContext(session, parameters);
        Object[] callerFrame = session.routineFrame;
        int recursion = session.recursion.merge(def.key() + def.schema(), 1, Integer::sum);
        try {
            if (recursion > 1 && recursion - 1 > session.variables.maxSpRecursionDepth()) {
                throw new SqlException(ErrorCode.ER_SP_RECURSION_LIMIT, session.variables.maxSpRecursionDepth(), def.name());
            }
            boolean strict = SqlMode.isStrict(def.sqlMode());
            Invocation inv = new Invocation(program, new RoutineHostImpl(session, def), frame, strict);
            for (int i = 0; i < params.size(); i++) {
                RoutineDef.Parameter p = params.get(i);
                if (p.mode() == ParameterMode.OUT) continue;
                Object v = env.compileConstant(c.arguments().get(i)).eval(null, callerCtx);
                frame[i] = inv.bind(v, p.type(), p.name(), session.variables.strict());
            }
            CallSink callSink = sink instanceof CallSink cs ? cs : new CallSink(sink, qualified);
            // Conditions of binding the arguments belong to the CALL: they are reported after the body's.
            List<io.sprocket.engine.error.Condition> binding = session.diagnostics.conditions();
            session.diagnostics.clear();
            run(session, def, inv, callSink, false);
            session.diagnostics.prepend(binding);
            // OUT and INOUT values go back to the caller's variables.
            List<ColumnMeta> outColumns = new ArrayList<>();
            List<Object> outValues = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                RoutineDef.Parameter p = params.get(i);
                if (p.mode() == ParameterMode.IN) continue;
                Expression arg = c.arguments().get(i);
                Object v = frame[i];
                switch (arg) {
                    case UserVariable u -> session.setUserVariable(u.name(), v, p.type());
                    case ColumnRef col -> {
                        LocalVariables.Local l = callerLocals.lookup(col.column());
                        callerFrame[l.slot()] = session.currentInvocation != null
                                ? session.currentInvocation.store(v, l.type(), l.name()) : v;
                    }
                    case Parameter q -> {
                        if (usingVariables != null) {
                            session.setUserVariable(usingVariables.get(q.index()), v);
                        } else {
                            outColumns.add(p.type().expressionMeta(p.name(), false));
                            outValues.add(Values.toWire(v));
                        }
                    }
                    default -> throw new IllegalStateException("checked above");
                }
            }
            if (sink instanceof CallSink) return; // a CALL inside a procedure: the outer CALL answers the client
            if (!outColumns.isEmpty()) sink.outParameters(outColumns, outValues.toArray());
            long affected = Math.max(0, callSink.lastAffected);
            session.setRowCount(callSink.lastAffected);
            sink.ok(new OkResult(affected, 0, ""), more);
        } finally {
            session.recursion.merge(def.key() + def.schema(), -1, Integer::sum);
        }
    }

    private static boolean isVariable(Expression arg, LocalVariables locals) {
        return arg instanceof UserVariable || arg instanceof Parameter
                || arg instanceof ColumnRef c && c.table() == null && locals != null && locals.lookup(c.column()) != null;
    }

    /**
     * Runs an invocation inside the routine's execution context: its database as the default, its creation
     * sql_mode and collations, its frame and sink; everything is restored afterwards, also on error.
     */
    private static Object run(SessionImpl session, RoutineDef def, Invocation inv, ResultSink sink, boolean function) {
        Invoker.Frame security = Invoker.enter(session, storedObject(inv.program(), def, function));
        try {
            if (!def.securityInvoker()) {
                // the definer needs EXECUTE too (1370 naming the definer), checked as it runs; the answer holds
                // until the grants or the global role settings change
                Program p = inv.program();
                long stamp = session.definerStamp();
                if (p.definerExecuteVerified != stamp) {
                    AccessChecks.routine(session, def.schema(), function ? RoutineKind.FUNCTION : RoutineKind.PROCEDURE,
                            def.name(), io.sprocket.engine.security.Privilege.EXECUTE);
                    p.definerExecuteVerified = stamp;
                }
            }
            return runInContext(session, def, inv, sink, function);
        } finally {
            Invoker.leave(session, security);
        }
    }

    private static Invoker.StoredObject storedObject(Program p, RoutineDef def, boolean function) {
        if (p.securityDescriptor instanceof Invoker.StoredObject o) return o;
        Invoker.StoredObject o = storedObject(def, function);
        p.securityDescriptor = o;
        return o;
    }

    private static Invoker.StoredObject storedObject(RoutineDef def, boolean function) {
        return new Invoker.StoredObject(function ? Invoker.ObjectType.FUNCTION : Invoker.ObjectType.PROCEDURE,
                def.schema(), def.name(), new io.sprocket.engine.security.AccountName(def.definerUser(), def.definerHost()),
                def.securityInvoker());
    }

    static Object runInContext(SessionImpl session, RoutineDef def, Invocation inv, ResultSink sink, boolean function) {
        return runInContext(session, def.schema(), def.sqlMode(), def.characterSetClient(), def.collationConnection(),
                def.databaseCollation(), inv, sink, function);
    }

    /**
     * Runs a stored program body (a routine's, a trigger's, an event's) in its execution context: {@code schema} as
     * the default database, the sql_mode and collations it was created with, its frame and sink; a function-like
     * body (a stored function, a trigger) counts as a function level. Everything is restored afterwards.
     */
    static Object runInContext(SessionImpl session, String schema, long sqlMode, String characterSetClient,
                               String collationConnection, String databaseCollation, Invocation inv, ResultSink sink,
                               boolean function) {
        String savedDb = session.swapDatabase(schema);
        CreationContext savedContext = null;
        if (session.variables.sqlMode() != sqlMode || !session.variables.collationConnection().equals(collationConnection)) {
            savedContext = session.variables.enter(new CreationContext(sqlMode, characterSetClient, collationConnection,
                    databaseCollation));
        }
        Object[] savedFrame = session.routineFrame;
        LocalVariables savedLocals = session.currentLocals;
        Invocation savedInvocation = session.currentInvocation;
        ResultSink savedSink = session.callSink;
        session.routineFrame = inv.frame;
        session.currentInvocation = inv;
        session.callSink = sink;
        if (function) session.functionDepth++;
        try {
            return inv.run();
        } finally {
            if (function) session.functionDepth--;
            session.routineFrame = savedFrame;
            session.currentLocals = savedLocals;
            session.currentInvocation = savedInvocation;
            session.callSink = savedSink;
            if (savedContext != null) session.variables.leave(savedContext);
            session.swapDatabase(savedDb);
        }
    }

    /**
     * SIGNAL, RESIGNAL or GET DIAGNOSTICS outside a stored program: compiled and run as a body of its own, with no
     * variables and no handler (so RESIGNAL is 1645, GET STACKED 1887, and only user variables are targets).
     */
    static void standalone(SessionImpl session, io.sprocket.sql.ast.ConditionStatement statement) {
        String db = session.currentDatabase() == null ? "" : session.currentDatabase();
        var definition = new io.sprocket.sql.ast.CreateRoutine(false, null, RoutineKind.PROCEDURE, false,
                new io.sprocket.sql.ast.ObjectName(null, "statement"), List.of(), "", null, List.of(),
                statement.statement(), statement.sourceText());
        RoutineDef def = new RoutineDef(db, "statement", RoutineKind.PROCEDURE, "", "", List.of(), "", null, null,
                statement.sourceText(), false, RoutineDef.DataAccess.CONTAINS_SQL, true, "", session.variables.sqlMode(),
                session.variables.characterSetConnection(), session.variables.collationConnection(),
                session.variables.collationConnection(), 0, 0, definition);
        RoutineHostImpl host = new RoutineHostImpl(session, def);
        Program program = RoutineCompiler.compile(def, host, -1);
        new Invocation(program, host, new Object[program.frameSize()], session.variables.strict()).run();
    }

    // ------------------------------------------------------------------ stored functions

    /** A stored function call in an expression, or null when {@code schema.name} is not a function. */
    static BoundExpression functionCall(SessionImpl session, Catalog catalog, String schema, String name,
                                        BoundExpression[] args, String callText) {
        RoutineDef def = catalog.routine(schema, RoutineKind.FUNCTION, name);
        if (def == null) return null;
        AccessChecks.routine(session, def.schema(), RoutineKind.FUNCTION, def.name(), io.sprocket.engine.security.Privilege.EXECUTE);
        String qualified = def.schema() + "." + def.name();
        if (args.length != def.parameters().size()) {
            throw new SqlException(ErrorCode.ER_SP_WRONG_NO_OF_ARGS, "FUNCTION", qualified, def.parameters().size(), args.length);
        }
        Evaluator[] evs = new Evaluator[args.length];
        for (int i = 0; i < args.length; i++) evs[i] = args[i].evaluator();
        FunctionCall call = new FunctionCall(session, def, evs, callText, name);
        return new BoundExpression(call, def.returns(), true, false, null);
    }

    /** The evaluator of a stored function call: one invocation per evaluation. */
    private static final class FunctionCall implements Evaluator {
        private final SessionImpl session;
        private final String schema;
        private final String name;
        private RoutineDef def;
        private Program program;
        private final Evaluator[] args;
        /** The call as written: MySQL names it as the "column" in conversion messages of arguments and result. */
        private final String callText;
        private final FunctionSink sink;
        private Invocation invocation;
        private boolean busy;

        /** The function's name as the call wrote it (MySQL's notes use it). */
        private final String calledAs;

        FunctionCall(SessionImpl session, RoutineDef def, Evaluator[] args, String callText, String calledAs) {
            this.calledAs = calledAs;
            this.callText = callText;
            this.session = session;
            this.def = def;
            this.schema = def.schema();
            this.name = def.name();
            this.args = args;
            this.sink = new FunctionSink(def.schema() + "." + def.name());
        }

        /** The grant version and account set the definer context was last verified against. */
        private long verifiedVersion = -1;
        private java.util.Set<?> verifiedAccounts;

        /**
         * An integer body runs without entering the function's context (it reads no table and no identity), but
         * whatever entering would refuse is refused the same: 1384, 1449 for a missing definer, 1370 when the
         * definer lacks EXECUTE. The definer's part depends only on the grant tables and the accounts, so it is
         * verified again only when they change.
         */
        private void verifyContext() {
            boolean groups = session.variables.sameSecurityGroup();
            if (def.securityInvoker() && !groups) return;
            long version = session.engine.grants().version();
            var accounts = session.engine.accountNames();
            if (!groups && version == verifiedVersion && accounts == verifiedAccounts) return;
            Invoker.Frame f = Invoker.enter(session, storedObject(def, true));
            try {
                if (!def.securityInvoker()) {
                    AccessChecks.routine(session, def.schema(), RoutineKind.FUNCTION, def.name(),
                            io.sprocket.engine.security.Privilege.EXECUTE);
                }
            } finally {
                Invoker.leave(session, f);
            }
            verifiedVersion = version;
            verifiedAccounts = accounts;
        }

        @Override
        public Object eval(Object[] row, ExecContext ctx) {
            Program p = program;
            if (p == null || p.catalogVersion() != session.engine.catalog().version()) {
                RoutineDef current = session.engine.catalog().routine(schema, RoutineKind.FUNCTION, name);
                if (current == null) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "FUNCTION", schema + "." + name);
                def = current;
                p = program = program(session, current, calledAs);
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) values[i] = args[i].eval(row, ctx);
            if (p.hasIntegerBody()) {
                verifyContext();
                Object v = p.callInteger(values, ctx);
                if (v != null) return v;
            }
            // One invocation per call site, reset for each call: a function cannot recurse (1424), so the call
            // site is never re-entered while it runs; the check below makes sure.
            Invocation inv = invocation;
            if (inv == null || inv.program() != p || busy) {
                inv = new Invocation(p, new RoutineHostImpl(session, def), new Object[p.frameSize()],
                        SqlMode.isStrict(def.sqlMode()));
                if (!busy) invocation = inv;
            } else {
                inv.reset();
            }
            Object[] frame = inv.frame;
            boolean callerStrict = session.variables.strict();
            inv.context().setStrictWrite(ctx.strictWrite()); // division by 0 in an INSERT's value is an error there too
            for (int i = 0; i < args.length; i++) {
                RoutineDef.Parameter param = def.parameters().get(i);
                frame[i] = inv.bind(values[i], param.type(), callText, callerStrict);
            }
            // Programs are per session and definition, so a running program called again is recursion; the depth
            // bound catches recursion through a definition recompiled meanwhile (another session's DDL).
            if (p.running || session.functionDepth >= MAX_FUNCTION_NESTING) {
                throw new SqlException(ErrorCode.ER_SP_NO_RECURSION);
            }
            p.running = true;
            boolean wasBusy = busy;
            busy = true;
            // The body runs in a diagnostics area of its own: what it raises (and handles) does not reach the
            // calling statement, whose conditions are kept.
            List<io.sprocket.engine.error.Condition> caller = session.diagnostics.isEmpty() ? null : session.diagnostics.conditions();
            Object v;
            try {
                v = run(session, def, inv, sink, true);
            } finally {
                busy = wasBusy;
                p.running = false;
                session.diagnostics.clear();
                if (caller != null) session.diagnostics.prepend(caller);
            }
            return inv.store(v, def.returns(), callText);
        }
    }

    // ------------------------------------------------------------------ result sinks

    /**
     * Where the statements of a CALL send their results: result sets go to the client (1312 when it cannot take
     * several), OK packets are counted, not sent; the CALL sends one OK at the end.
     */
    static final class CallSink implements ResultSink {
        private final ResultSink client;
        private final String procedure;
        long lastAffected = -1;

        CallSink(ResultSink client, String procedure) {
            this.client = client;
            this.procedure = procedure;
        }

        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            if (!client.multiResults()) throw new SqlException(ErrorCode.ER_SP_BADSELECT, procedure);
            client.resultSet(columns, rows, true);
            lastAffected = -1;
        }

        @Override
        public void ok(OkResult ok, boolean moreResults) {
            lastAffected = ok.affectedRows();
        }

        @Override
        public void error(SqlException error) {
            throw error;
        }

        @Override
        public boolean multiResults() {
            return client.multiResults();
        }
    }

    /** Statements inside a function may not return result sets (a procedure it calls included): 1312. */
    static final class FunctionSink implements ResultSink {
        private final String function;

        FunctionSink(String function) {
            this.function = function;
        }

        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            throw new SqlException(ErrorCode.ER_SP_BADSELECT, function);
        }

        @Override public void ok(OkResult ok, boolean moreResults) { }

        @Override public void error(SqlException error) { throw error; }
    }
}
