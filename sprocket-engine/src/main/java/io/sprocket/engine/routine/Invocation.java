package io.sprocket.engine.routine;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.engine.type.StoreMode;
import io.sprocket.engine.type.TypeKind;
import java.util.Arrays;
import java.util.List;

/**
 * One execution of a {@link Program}: its frame of variables, the handler groups in force, open cursors, and
 * the handlers running. Runs instructions until the end (or a function's RETURN); a condition raised by an
 * instruction is handled by the innermost block's most specific matching handler, or propagates to the caller.
 */
public final class Invocation {
    final Program program;
    final RoutineHost host;
    public final Object[] frame;
    final ExecContext ctx;
    int pc;
    private Program.HandlerGroup[] groups = new Program.HandlerGroup[4];
    private int depth;
    private final RoutineHost.Cursor[] cursors;
    private Active active;
    private Object returnValue;
    private final StoreMode storeMode;
    /** The routine's sql_mode is strict: a SET's expression errors where it would warn (1365 for % 0). */
    final boolean strict;

    /** A handler being run: where to go when it ends, and the diagnostics it caught (for GET STACKED). */
    record Active(Active outer, Program.Handler handler, Program.HandlerGroup group, int resumeAt,
                  Program.HandlerGroup[] hidden, int savedDepth, SqlException condition, List<Condition> stacked) {
    }

    public Invocation(Program program, RoutineHost host, Object[] frame, boolean strict) {
        this.program = program;
        this.host = host;
        this.frame = frame;
        this.ctx = host.context(frame);
        this.cursors = new RoutineHost.Cursor[program.cursors.length];
        this.storeMode = strict ? StoreMode.MYSQL_DEFAULT : StoreMode.LENIENT;
        this.strict = strict;
    }

    public Program program() { return program; }

    /** Makes the invocation ready to run again (a stored function's call site reuses its invocation). */
    public void reset() {
        Arrays.fill(frame, null);
        pc = 0;
        depth = 0;
        active = null;
        returnValue = null;
    }

    public ExecContext context() { return ctx; }

    /** Runs the program; returns a function's RETURN value (null for procedures). */
    public Object run() {
        Step[] code = program.code;
        int end = code.length;
        pc = 0;
        try {
            while (pc < end) {
                try {
                    while (pc < end) pc = code[pc].run(this);
                } catch (SqlException e) {
                    pc = handle(e);
                }
            }
        } finally {
            closeCursors(0, cursors.length);
            host.statementEnded(ctx);
        }
        return returnValue;
    }

    /**
     * Evaluates the value of a SET or a RETURN: in a strict routine that is a strict write (division by 0 is
     * 1365, as in an INSERT), whatever the calling statement's own strictness.
     */
    Object evaluateForStore(io.sprocket.engine.expr.Evaluator value) {
        boolean strictWrite = ctx.strictWrite();
        if (strict) ctx.setStrictWrite(true);
        try {
            return value.eval(null, ctx);
        } finally {
            ctx.setStrictWrite(strictWrite);
        }
    }

    void returnValue(Object v) {
        returnValue = v;
    }

    /** Stores a value into a variable of {@code type} with the routine's sql_mode rules (1264, 1366, ...). */
    public Object store(Object v, SqlType type, String name) {
        return store(v, type, name, ctx.warnings());
    }

    private Object store(Object v, SqlType type, String name, io.sprocket.engine.error.Warnings warnings) {
        if (v == null || fitsAsIs(v, type)) return v;
        return StoreAssignment.retrieve(StoreAssignment.storeValue(v, type, name, 1, storeMode, warnings), type);
    }

    /** The common integer case, on the hot path of loops and function calls: a Long in range needs no conversion. */
    private static boolean fitsAsIs(Object v, SqlType type) {
        if (!(v instanceof Long l) || type.unsigned()) return false;
        TypeKind k = type.kind();
        return k == TypeKind.BIGINT || k == TypeKind.INT && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
    }

    public void assign(Step.Target t, Object v) {
        if (t.isUserVariable()) ctx.session().setUserVariable(t.userVariable(), v);
        else if (t.slot() < program.definition().parameters().size()) frame[t.slot()] = store(v, t.type(), t.name());
        else frame[t.slot()] = storeVariable(v, t.type(), t.name());
    }

    /**
     * Stores into a routine variable: as {@link #store}, except that notes (DECIMAL rounding, trailing spaces)
     * are not reported, as MySQL does not report them for variables.
     */
    /** An argument bound to a parameter: converted with the caller's strictness, notes kept. */
    public Object bind(Object v, SqlType type, String name, boolean callerStrict) {
        if (v == null || fitsAsIs(v, type)) return v;
        StoreMode mode = callerStrict ? StoreMode.MYSQL_DEFAULT : StoreMode.LENIENT;
        return StoreAssignment.retrieve(StoreAssignment.storeValue(v, type, name, 1, mode, ctx.warnings()), type);
    }

    public Object storeVariable(Object v, SqlType type, String name) {
        return store(v, type, name, withoutNotes());
    }

    private io.sprocket.engine.error.Warnings withoutNotes;

    private io.sprocket.engine.error.Warnings withoutNotes() {
        if (withoutNotes == null) {
            io.sprocket.engine.error.Warnings w = ctx.warnings();
            withoutNotes = new io.sprocket.engine.error.Warnings() {
                @Override public void add(Condition c) {
                    if (c.level() != Condition.Level.NOTE) w.add(c);
                }
            };
        }
        return withoutNotes;
    }

    // ------------------------------------------------------------------ handlers

    void pushHandlers(Program.HandlerGroup g) {
        if (depth == groups.length) groups = Arrays.copyOf(groups, depth * 2);
        groups[depth++] = g;
    }

    void popHandlers(int to) {
        depth = to;
    }

    boolean hasHandlers() { return depth > 0; }

    /** The handler for a condition raised at {@code pc}: runs it, or rethrows when none matches. */
    private int handle(SqlException e) {
        Program.HandlerGroup group = null;
        Program.Handler best = null;
        for (int i = depth - 1; i >= 0 && best == null; i--) {
            int bestRank = 0;
            for (Program.Handler h : groups[i].handlers()) {
                for (Program.Matcher m : h.matchers()) {
                    if (m.specificity() > bestRank && m.matches(e.errno(), e.sqlState())) {
                        bestRank = m.specificity();
                        best = h;
                        group = groups[i];
                    }
                }
            }
        }
        if (best == null) throw e;
        if (!(e instanceof Completion)) host.conditionRaised(e);
        int resume = pc < program.code.length ? program.code[pc].continueAt : program.code.length;
        Program.HandlerGroup[] hidden = Arrays.copyOfRange(groups, group.depth(), depth);
        active = new Active(active, best, group, resume, hidden, depth, e, host.diagnostics());
        depth = group.depth();
        return best.bodyStart();
    }

    int handlerReturn() {
        Active a = active;
        active = a.outer();
        // A handled condition is gone from the diagnostics area once its handler is done.
        host.removeCondition(a.condition().errno(), a.condition().getMessage());
        if (a.handler().action() == io.sprocket.sql.ast.HandlerAction.CONTINUE) {
            depth = a.group().depth();
            for (Program.HandlerGroup g : a.hidden()) pushHandlers(g);
            return a.resumeAt();
        }
        depth = a.group().depth();
        closeCursors(a.group().cursorBase(), a.group().cursorLimit()[0]);
        return a.group().exitTarget()[0];
    }

    /** The handler running now, or null (RESIGNAL and GET STACKED DIAGNOSTICS need one). */
    Active activeHandler() { return active; }

    /**
     * After a statement completed: a warning or "no data" condition it raised activates a matching handler
     * (thrown as a {@link Completion} so that the handler runs as for an error, without clearing diagnostics).
     */
    void afterStatement() {
        if (depth == 0) return;
        for (Condition c : host.diagnostics()) {
            if (c.level() == Condition.Level.ERROR) continue;
            if (c.level() == Condition.Level.NOTE) continue;
            String state = handlerState(c);
            if (findHandler(c.errno(), state)) throw new Completion(c.errno(), state, c.message(), c.items());
        }
    }

    /**
     * The SQLSTATE handlers and GET DIAGNOSTICS see: a warning whose error has a non-warning SQLSTATE (1292 is
     * 22007) is reported as '01000', so that SQLWARNING catches it and SQLEXCEPTION does not; '02' (no data) stays.
     */
    static String handlerState(Condition c) {
        String s = c.sqlState();
        if (c.level() != Condition.Level.ERROR && !s.startsWith("01") && !s.startsWith("02")) return "01000";
        return s;
    }

    private boolean findHandler(int errno, String state) {
        for (int i = depth - 1; i >= 0; i--) {
            for (Program.Handler h : groups[i].handlers()) {
                for (Program.Matcher m : h.matchers()) {
                    if (m.matches(errno, state)) return true;
                }
            }
        }
        return false;
    }

    /** A completion condition (warning, no data) already in the diagnostics area, handed to its handler. */
    static final class Completion extends SqlException {
        Completion(int errno, String state, String message, java.util.Map<String, String> items) {
            super(errno, state, message, items);
        }
    }

    /** Raises a warning-class condition: recorded, then handled if a handler matches. */
    void warning(int errno, String state, String message, java.util.Map<String, String> items) {
        host.addCondition(new Condition(Condition.Level.WARNING, errno, state, message, items));
        if (depth > 0 && findHandler(errno, state)) throw new Completion(errno, state, message, items);
    }

    // ------------------------------------------------------------------ cursors

    void openCursor(Step.OpenCursor step) {
        if (cursors[step.cursor] != null) throw new SqlException(ErrorCode.ER_SP_CURSOR_ALREADY_OPEN);
        cursors[step.cursor] = host.open(step, this);
    }

    void fetch(int cursor, Step.Target[] targets) {
        RoutineHost.Cursor c = cursors[cursor];
        if (c == null) throw new SqlException(ErrorCode.ER_SP_CURSOR_NOT_OPEN);
        if (c.width() != targets.length) throw new SqlException(ErrorCode.ER_SP_WRONG_NO_OF_FETCH_ARGS);
        Object[] row = c.next();
        if (row == null) throw new SqlException(ErrorCode.ER_SP_FETCH_NO_DATA);
        for (int i = 0; i < targets.length; i++) assign(targets[i], row[i]);
    }

    void closeCursor(int cursor, boolean mustBeOpen) {
        RoutineHost.Cursor c = cursors[cursor];
        if (c == null) {
            if (mustBeOpen) throw new SqlException(ErrorCode.ER_SP_CURSOR_NOT_OPEN);
            return;
        }
        cursors[cursor] = null;
        c.close();
    }

    void closeCursors(int from, int to) {
        for (int i = from; i < to && i < cursors.length; i++) closeCursor(i, false);
    }
}
