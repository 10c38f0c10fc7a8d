package io.sprocket.engine.routine;

import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.Block;
import io.sprocket.sql.ast.CaseStatement;
import io.sprocket.sql.ast.CloseCursor;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Commit;
import io.sprocket.sql.ast.ConditionValue;
import io.sprocket.sql.ast.ConditionValueKind;
import io.sprocket.sql.ast.ConditionalBranch;
import io.sprocket.sql.ast.DdlStatement;
import io.sprocket.sql.ast.DeallocatePrepare;
import io.sprocket.sql.ast.DeclareCondition;
import io.sprocket.sql.ast.DeclareCursor;
import io.sprocket.sql.ast.DeclareHandler;
import io.sprocket.sql.ast.DeclareVariable;
import io.sprocket.sql.ast.Execute;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.FetchCursor;
import io.sprocket.sql.ast.GetDiagnostics;
import io.sprocket.sql.ast.If;
import io.sprocket.sql.ast.Iterate;
import io.sprocket.sql.ast.Leave;
import io.sprocket.sql.ast.LockTables;
import io.sprocket.sql.ast.Loop;
import io.sprocket.sql.ast.NullLiteral;
import io.sprocket.sql.ast.OpenCursor;
import io.sprocket.sql.ast.Prepare;
import io.sprocket.sql.ast.ProcedureStatement;
import io.sprocket.sql.ast.Repeat;
import io.sprocket.sql.ast.Resignal;
import io.sprocket.sql.ast.Return;
import io.sprocket.sql.ast.Rollback;
import io.sprocket.sql.ast.RoutineSqlStatement;
import io.sprocket.sql.ast.Select;
import io.sprocket.sql.ast.SetVariables;
import io.sprocket.sql.ast.Signal;
import io.sprocket.sql.ast.StartTransaction;
import io.sprocket.sql.ast.Statement;
import io.sprocket.sql.ast.SystemVariableAssignment;
import io.sprocket.sql.ast.UnlockTables;
import io.sprocket.sql.ast.Use;
import io.sprocket.sql.ast.UserVariable;
import io.sprocket.sql.ast.VariableAssignment;
import io.sprocket.sql.ast.VariableScope;
import io.sprocket.sql.ast.While;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles a routine's body once into a {@link Program}: variables become frame slots (parameters first),
 * labels become instruction indexes, handlers and cursors become table entries. The structural errors MySQL
 * reports at CREATE time (labels, undeclared variables and cursors, DECLARE order, RETURN placement, result
 * sets and commits in functions) are raised here; an expression that does not compile (an unknown column, say)
 * becomes an instruction that raises its error when it runs, as MySQL reports those only at execution.
 */
public final class RoutineCompiler {
    private final RoutineDef def;
    private final RoutineHost host;
    private final boolean function;
    /** The NEW / OLD rows when compiling a trigger body, else null. */
    private TriggerRows trigger;
    private final List<Step> code = new ArrayList<>();
    private final List<String> slotNames = new ArrayList<>();
    private final List<SqlType> slotTypes = new ArrayList<>();
    private final List<Program.CursorDef> cursors = new ArrayList<>();
    private final List<Runnable> handlerBodies = new ArrayList<>();
    /** What was emitted per statement, for the integer loop trees (see {@link IntegerLoops}). */
    private final IntegerLoops.Recorder loops = new IntegerLoops.Recorder();
    private BlockScope scope;
    private Label labels;
    private int handlerDepth;
    private boolean hasReturn;
    private int hidden;

    private RoutineCompiler(RoutineDef def, RoutineHost host) {
        this.def = def;
        this.host = host;
        this.function = def.isFunction();
    }

    /** Compiles {@code def}'s body against the current catalog (version recorded for cache checks). */
    public static Program compile(RoutineDef def, RoutineHost host, long catalogVersion) {
        return compile(def, host, catalogVersion, null);
    }

    /**
     * Compiles a trigger body: {@code def} carries the body and the creation settings, {@code rows} the subject
     * table's columns. Each column of NEW (then of OLD) is a frame slot, see {@link TriggerRows}.
     */
    public static Program compileTrigger(RoutineDef def, RoutineHost host, long catalogVersion, TriggerRows rows) {
        return compile(def, host, catalogVersion, rows);
    }

    private static Program compile(RoutineDef def, RoutineHost host, long catalogVersion, TriggerRows rows) {
        RoutineCompiler c = new RoutineCompiler(def, host);
        c.trigger = rows;
        c.scope = new BlockScope(null);
        for (RoutineDef.Parameter p : def.parameters()) {
            String key = p.name().toLowerCase(Locale.ROOT);
            c.scope.vars.put(key, new LocalVariables.Local(c.slot(p.name(), p.type()), p.type(), p.name()));
        }
        if (rows != null) {
            c.scope.rows = rows;
            for (String qualifier : new String[]{"new", "old"}) {
                if (!rows.has(qualifier)) continue;
                for (int i = 0; i < rows.columns().size(); i++) {
                    String col = rows.columns().get(i);
                    SqlType type = rows.types().get(i);
                    int slot = c.slot(col, type);
                    c.scope.vars.put(qualifier + "." + col.toLowerCase(Locale.ROOT), new LocalVariables.Local(slot, type, col));
                }
            }
        }
        c.statement(def.definition().body());
        if (c.function && !c.hasReturn) throw new SqlException(ErrorCode.ER_SP_NORETURN, def.schema() + "." + def.name());
        c.emit(c.new End());
        // Handler bodies go after the main code; compiling one may add more (nested handlers).
        for (int i = 0; i < c.handlerBodies.size(); i++) c.handlerBodies.get(i).run();
        c.threadJumps();
        c.loops.install(c.code, c.slotNames.size());
        IntegerLoops.FunctionTree tree = null;
        if (c.function) {
            tree = c.loops.function(def.definition().body(), def.parameters().stream().map(RoutineDef.Parameter::type).toList(),
                    def.returns(), c.slotTypes);
        }
        return new Program(def, c.code.toArray(new Step[0]), c.slotNames.size(), c.slotNames.toArray(new String[0]),
                c.slotTypes.toArray(new SqlType[0]), c.cursors.toArray(new Program.CursorDef[0]), catalogVersion, tree);
    }

    /** The last instruction of the main code: falling off a function's end is 1321. */
    final class End extends Step {
        @Override int run(Invocation inv) {
            if (function) throw new SqlException(ErrorCode.ER_SP_NORETURNEND, def.name());
            return inv.program.code.length;
        }

        @Override String describe() { return function ? "error 1321 (no RETURN)" : "end"; }
    }

    /**
     * Jump threading: a jump (or a conditional jump's false branch) that lands on a plain jump goes straight to
     * that jump's target, so the end of an IF branch inside a loop costs one jump, not two.
     */
    private void threadJumps() {
        for (Step s : code) {
            if (s instanceof Step.Jump j) j.target = finalTarget(j.target);
            else if (s instanceof Step.JumpIfNot j) j.target = finalTarget(j.target);
        }
    }

    private int finalTarget(int target) {
        for (int hops = 0; hops < code.size() && target < code.size(); hops++) {
            if (!(code.get(target) instanceof Step.Jump next) || !next.isPlain() || next.target == target) break;
            target = next.target;
        }
        return target;
    }

    // ------------------------------------------------------------------ scopes

    /** One BEGIN ... END block's declarations (the outermost holds the parameters). */
    private static final class BlockScope implements LocalVariables {
        final BlockScope parent;
        final Map<String, Local> vars = new HashMap<>();
        final Map<String, ConditionValue> conditions = new HashMap<>();
        final Map<String, Integer> cursors = new HashMap<>();
        /** On a trigger body's outermost scope: its NEW / OLD rows (their columns are in {@link #vars}). */
        TriggerRows rows;

        BlockScope(BlockScope parent) {
            this.parent = parent;
        }

        TriggerRows rows() {
            BlockScope s = this;
            while (s.parent != null) s = s.parent;
            return s.rows;
        }

        @Override public Local lookupRow(String qualifier, String column) {
            return TriggerRows.lookup(rows(), qualifier, column, this::lookup);
        }

        @Override public Local lookup(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            for (BlockScope s = this; s != null; s = s.parent) {
                Local l = s.vars.get(key);
                if (l != null) return l;
            }
            return null;
        }

        /** An immutable view of the variables visible here, for statements compiled later (lazily, per run). */
        LocalVariables snapshot() {
            Map<String, Local> all = new HashMap<>();
            List<BlockScope> chain = new ArrayList<>();
            for (BlockScope s = this; s != null; s = s.parent) chain.add(s);
            for (int i = chain.size() - 1; i >= 0; i--) all.putAll(chain.get(i).vars);
            TriggerRows rows = rows();
            if (rows == null) return name -> all.get(name.toLowerCase(Locale.ROOT));
            return new LocalVariables() {
                @Override public Local lookup(String name) { return all.get(name.toLowerCase(Locale.ROOT)); }

                @Override public Local lookupRow(String qualifier, String column) {
                    return TriggerRows.lookup(rows, qualifier, column, this::lookup);
                }
            };
        }

        ConditionValue condition(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            for (BlockScope s = this; s != null; s = s.parent) {
                ConditionValue c = s.conditions.get(key);
                if (c != null) return c;
            }
            return null;
        }

        Integer cursor(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            for (BlockScope s = this; s != null; s = s.parent) {
                Integer c = s.cursors.get(key);
                if (c != null) return c;
            }
            return null;
        }
    }

    /** A label in scope: LEAVE jumps to its end, ITERATE (loops only) to its start. */
    private static final class Label {
        final Label outer;
        final String name;
        final boolean loop;
        final int depth;
        final int cursorBase;
        int start;
        final List<Step.Jump> leaves = new ArrayList<>();

        Label(Label outer, String name, boolean loop, int depth, int cursorBase) {
            this.outer = outer;
            this.name = name;
            this.loop = loop;
            this.depth = depth;
            this.cursorBase = cursorBase;
        }
    }

    private int slot(String name, SqlType type) {
        slotNames.add(name);
        slotTypes.add(type);
        return slotNames.size() - 1;
    }

    private int emit(Step s) {
        s.pc = code.size();
        code.add(s);
        s.continueAt = code.size();
        return code.size() - 1;
    }

    private int pc() { return code.size(); }

    private Label pushLabel(String name, boolean loop) {
        if (name != null) {
            for (Label l = labels; l != null; l = l.outer) {
                if (l.name != null && l.name.equalsIgnoreCase(name)) throw new SqlException(ErrorCode.ER_SP_LABEL_REDEFINE, name);
            }
        }
        labels = new Label(labels, name, loop, handlerDepth, cursors.size());
        return labels;
    }

    private void popLabel(Label l, int end) {
        for (Step.Jump j : l.leaves) j.target = end;
        labels = l.outer;
    }

    private Label findLabel(String name, String statement) {
        for (Label l = labels; l != null; l = l.outer) {
            if (l.name != null && l.name.equalsIgnoreCase(name)) {
                if (statement.equals("ITERATE") && !l.loop) break;
                return l;
            }
        }
        throw new SqlException(ErrorCode.ER_SP_LILABEL_MISMATCH, statement, name);
    }

    /** A jump that leaves everything opened since {@code l} began. */
    private Step.Jump jumpOutTo(Label l) {
        return new Step.Jump(l.depth < handlerDepth ? l.depth : -1, l.cursorBase, cursors.size());
    }

    // ------------------------------------------------------------------ expressions

    /** Compiles an expression now; a failure becomes an evaluator that raises it when run. */
    private Evaluator expression(Expression e) {
        return bound(e).evaluator();
    }

    private BoundExpression bound(Expression e) {
        try {
            BoundExpression generic = host.compile(e, scope.snapshot());
            Evaluator fused = FastIntegers.specialize(e, scope, generic);
            return fused == generic.evaluator() ? generic
                    : new BoundExpression(fused, generic.type(), generic.nullable(), generic.constant(), generic.column());
        } catch (SqlException error) {
            return new BoundExpression((row, ctx) -> {
                throw error;
            }, SqlType.NULL, true, false, null);
        }
    }

    private static String text(Expression e) {
        return io.sprocket.engine.catalog.ExpressionText.format(e);
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<ProcedureStatement> list) {
        for (ProcedureStatement s : list) statement(s);
    }

    private void statement(ProcedureStatement s) {
        switch (s) {
            case Block b -> block(b);
            case If i -> ifStatement(i);
            case CaseStatement c -> caseStatement(c);
            case Loop l -> loop(l, l.label(), null, l.statements(), null);
            case While w -> loop(w, w.label(), w.condition(), w.statements(), null);
            case Repeat r -> loop(r, r.label(), null, r.statements(), r.until());
            case Leave l -> {
                Label target = findLabel(l.label(), "LEAVE");
                Step.Jump j = jumpOutTo(target);
                emit(j);
                target.leaves.add(j);
                loops.jump(l, target, j);
            }
            case Iterate i -> {
                Label target = findLabel(i.label(), "ITERATE");
                Step.Jump j = jumpOutTo(target);
                j.target = target.start;
                emit(j);
                loops.jump(i, target, j);
            }
            case Return r -> {
                if (!function) throw new SqlException(ErrorCode.ER_SP_BADRETURN);
                hasReturn = true;
                emit(new Step.Return(expression(r.value()), text(r.value())));
                loops.ret(r, scope.snapshot());
            }
            case OpenCursor o -> {
                int c = cursor(o.cursor());
                emit(new Step.OpenCursor(c, cursors.get(c)));
            }
            case FetchCursor f -> {
                int c = cursor(f.cursor());
                Step.Target[] targets = new Step.Target[f.variables().size()];
                for (int i = 0; i < targets.length; i++) targets[i] = localTarget(f.variables().get(i));
                emit(new Step.Fetch(c, f.cursor(), targets));
            }
            case CloseCursor c -> emit(new Step.CloseCursor(cursor(c.cursor()), c.cursor()));
            case Signal sig -> emit(new Step.Signal(Signals.signal(sig.condition(), sig.items(), false, this::conditionValue, this::expression)));
            case Resignal sig -> emit(new Step.Signal(Signals.signal(sig.condition(), sig.items(), true, this::conditionValue, this::expression)));
            case GetDiagnostics g -> emit(new Step.Diagnostics(Signals.diagnostics(g, this::diagnosticsTarget, this::expression)));
            case RoutineSqlStatement sql -> sqlStatement(sql);
            case DeclareVariable d -> throw declarationMisplaced();
            case DeclareCondition d -> throw declarationMisplaced();
            case DeclareCursor d -> throw declarationMisplaced();
            case DeclareHandler d -> throw declarationMisplaced();
        }
    }

    private static SqlException declarationMisplaced() {
        return new SqlException(ErrorCode.ER_SP_VARCOND_AFTER_CURSHNDLR);
    }

    private int cursor(String name) {
        Integer c = scope.cursor(name);
        if (c == null) throw new SqlException(ErrorCode.ER_SP_CURSOR_MISMATCH, name);
        return c;
    }

    private Step.Target localTarget(String name) {
        LocalVariables.Local l = scope.lookup(name);
        if (l == null) throw new SqlException(ErrorCode.ER_SP_UNDECLARED_VAR, name);
        return new Step.Target(l.slot(), l.type(), l.name(), null);
    }

    private Step.Target diagnosticsTarget(Expression target) {
        if (target instanceof UserVariable u) return new Step.Target(-1, null, u.name(), u.name());
        if (target instanceof ColumnRef c && c.table() == null) return localTarget(c.column());
        throw new SqlException(ErrorCode.ER_SP_UNDECLARED_VAR, text(target));
    }

    /** A condition name resolved to its declaration (1319 when none is in scope). */
    private ConditionValue conditionValue(ConditionValue v) {
        if (v.kind() != ConditionValueKind.CONDITION_NAME) return v;
        ConditionValue declared = scope.condition(v.value());
        if (declared == null) throw new SqlException(ErrorCode.ER_SP_COND_MISMATCH, v.value());
        return declared;
    }

    private void block(Block b) {
        Label label = pushLabel(b.label(), false);
        label.start = pc();
        BlockScope outer = scope;
        scope = new BlockScope(outer);
        int cursorBase = cursors.size();
        int depthAtStart = handlerDepth;
        List<DeclareHandler> handlers = new ArrayList<>();
        int phase = 0; // 0 variables/conditions, 1 cursors, 2 handlers
        int i = 0;
        List<ProcedureStatement> list = b.statements();
        for (; i < list.size(); i++) {
            ProcedureStatement s = list.get(i);
            if (s instanceof DeclareVariable d) {
                if (phase > 0) throw new SqlException(ErrorCode.ER_SP_VARCOND_AFTER_CURSHNDLR);
                declareVariable(d);
            } else if (s instanceof DeclareCondition d) {
                if (phase > 0) throw new SqlException(ErrorCode.ER_SP_VARCOND_AFTER_CURSHNDLR);
                String key = d.name().toLowerCase(Locale.ROOT);
                if (scope.conditions.containsKey(key)) throw new SqlException(ErrorCode.ER_SP_DUP_COND, d.name());
                Signals.checkSqlState(d.value());
                scope.conditions.put(key, d.value());
            } else if (s instanceof DeclareCursor d) {
                if (phase > 1) throw new SqlException(ErrorCode.ER_SP_CURSOR_AFTER_HANDLER);
                phase = 1;
                String key = d.name().toLowerCase(Locale.ROOT);
                if (scope.cursors.containsKey(key)) throw new SqlException(ErrorCode.ER_SP_DUP_CURS, d.name());
                if (!d.query().into().isEmpty()) throw new SqlException(ErrorCode.ER_SP_BAD_CURSOR_SELECT);
                scope.cursors.put(key, cursors.size());
                cursors.add(new Program.CursorDef(d.name(), d.query(), scope.snapshot()));
            } else if (s instanceof DeclareHandler d) {
                phase = 2;
                handlers.add(d);
            } else {
                break;
            }
        }
        Program.HandlerGroup group = null;
        if (!handlers.isEmpty()) {
            group = handlerGroup(handlers, cursorBase);
            emit(new Step.PushHandlers(group));
            handlerDepth++;
        }
        for (; i < list.size(); i++) {
            ProcedureStatement s = list.get(i);
            if (s instanceof DeclareVariable || s instanceof DeclareCondition || s instanceof DeclareCursor
                    || s instanceof DeclareHandler) {
                throw new SqlException(ErrorCode.ER_SP_VARCOND_AFTER_CURSHNDLR);
            }
            statement(s);
        }
        if (group != null || cursors.size() > cursorBase) {
            Step.Jump leave = new Step.Jump(group != null ? depthAtStart : -1, cursorBase, cursors.size());
            leave.target = pc() + 1;
            emit(leave);
        }
        handlerDepth = depthAtStart;
        if (group != null) {
            group.exitTarget()[0] = pc();
            group.cursorLimit()[0] = cursors.size();
        }
        scope = outer;
        popLabel(label, pc());
        if (group == null && cursors.size() == cursorBase) loops.block(b, label);
    }

    private void declareVariable(DeclareVariable d) {
        SqlType type = host.resolveType(d.names().get(0), d.type());
        Expression init = d.defaultValue() != null ? d.defaultValue() : new NullLiteral();
        // The DEFAULT sees the variables declared before this DECLARE, not the ones it declares.
        Evaluator value = expression(init);
        String text = text(init);
        List<LocalVariables.Local> declared = new ArrayList<>();
        for (String name : d.names()) {
            String key = name.toLowerCase(Locale.ROOT);
            if (scope.vars.containsKey(key)) throw new SqlException(ErrorCode.ER_SP_DUP_VAR, name);
            for (LocalVariables.Local l : declared) {
                if (l.name().equalsIgnoreCase(name)) throw new SqlException(ErrorCode.ER_SP_DUP_VAR, name);
            }
            declared.add(new LocalVariables.Local(slot(name, type), type, name));
        }
        LocalVariables before = scope.snapshot();
        List<Step.SetLocal> steps = new ArrayList<>();
        for (LocalVariables.Local l : declared) {
            Step.SetLocal step = new Step.SetLocal(l.slot(), value, FastIntegers.shape(init, scope), type, l.name(), text, false);
            emit(step);
            steps.add(step);
            scope.vars.put(l.name().toLowerCase(Locale.ROOT), l);
        }
        loops.declare(d, steps, before);
    }

    private Program.HandlerGroup handlerGroup(List<DeclareHandler> declared, int cursorBase) {
        List<Program.Handler> handlers = new ArrayList<>();
        List<Program.Matcher> seen = new ArrayList<>();
        int[] exit = {-1};
        BlockScope declaringScope = scope;
        int depth = handlerDepth;
        Program.HandlerGroup group = new Program.HandlerGroup(depth, handlers, exit, cursorBase, new int[]{cursorBase});
        for (DeclareHandler d : declared) {
            List<Program.Matcher> matchers = new ArrayList<>();
            for (ConditionValue v : d.conditions()) {
                Program.Matcher m = matcher(conditionValue(v));
                if (seen.contains(m)) throw new SqlException(ErrorCode.ER_SP_DUP_HANDLER);
                seen.add(m);
                matchers.add(m);
            }
            int[] body = {-1};
            Program.Handler h = new Program.Handler(d.action(), matchers, body);
            handlers.add(h);
            handlerBodies.add(() -> {
                BlockScope saved = scope;
                Label savedLabels = labels;
                int savedDepth = handlerDepth;
                scope = declaringScope;
                labels = null;
                handlerDepth = depth;
                body[0] = pc();
                statement(d.statement());
                emit(new Step.HandlerReturn(h));
                scope = saved;
                labels = savedLabels;
                handlerDepth = savedDepth;
            });
        }
        return group;
    }

    private static Program.Matcher matcher(ConditionValue v) {
        return switch (v.kind()) {
            case ERROR_CODE -> {
                if (v.errorCode() == 0) throw new SqlException(ErrorCode.ER_WRONG_VALUE, "CONDITION", "0");
                yield new Program.Matcher(Program.Matcher.Kind.ERRNO, v.errorCode(), null);
            }
            case SQLSTATE -> {
                Signals.checkSqlState(v);
                yield new Program.Matcher(Program.Matcher.Kind.SQLSTATE, 0, v.value());
            }
            case SQLWARNING -> new Program.Matcher(Program.Matcher.Kind.SQLWARNING, 0, null);
            case NOT_FOUND -> new Program.Matcher(Program.Matcher.Kind.NOT_FOUND, 0, null);
            case SQLEXCEPTION -> new Program.Matcher(Program.Matcher.Kind.SQLEXCEPTION, 0, null);
            case CONDITION_NAME -> throw new IllegalStateException("condition names are resolved first");
        };
    }

    private void ifStatement(If s) {
        List<Step.Jump> ends = new ArrayList<>();
        List<Step.JumpIfNot> tests = new ArrayList<>();
        for (ConditionalBranch b : s.branches()) {
            Step.JumpIfNot test = new Step.JumpIfNot(expression(b.condition()),
                    FastIntegers.shape(b.condition(), scope), text(b.condition()));
            emit(test);
            tests.add(test);
            statements(b.statements());
            Step.Jump end = new Step.Jump(-1, 0, 0);
            emit(end);
            ends.add(end);
            test.target = pc();
        }
        statements(s.otherwise());
        int end = pc();
        for (Step.Jump j : ends) j.target = end;
        for (Step.JumpIfNot t : tests) t.continueAt = end;
        loops.ifTests(s, tests, scope.snapshot());
    }

    private void caseStatement(CaseStatement s) {
        List<Step.Jump> ends = new ArrayList<>();
        List<Step> tests = new ArrayList<>();
        BlockScope outer = scope;
        Expression operandRef = null;
        if (s.operand() != null) {
            // The operand is evaluated once, into a hidden slot the WHEN comparisons read.
            scope = new BlockScope(outer);
            BoundExpression operand = bound(s.operand());
            String name = "\u0000case" + (hidden++);
            int slot = slot(name, operand.type());
            Evaluator ev = operand.evaluator();
            Step set = new Step() {
                @Override int run(Invocation inv) {
                    inv.frame[slot] = ev.eval(null, inv.ctx);
                    return continueAt;
                }

                @Override String describe() { return "set_case_expr @" + slot + " " + text(s.operand()); }
            };
            emit(set);
            scope.vars.put(name, new LocalVariables.Local(slot, operand.type(), name));
            operandRef = new ColumnRef(null, null, name);
        }
        for (ConditionalBranch b : s.whens()) {
            Expression cond = operandRef == null ? b.condition()
                    : new BinaryOperation(BinaryOperator.EQUAL, operandRef, b.condition());
            Step.JumpIfNot test = new Step.JumpIfNot(expression(cond), FastIntegers.shape(cond, scope),
                    text(b.condition()));
            emit(test);
            tests.add(test);
            statements(b.statements());
            Step.Jump end = new Step.Jump(-1, 0, 0);
            emit(end);
            ends.add(end);
            test.target = pc();
        }
        if (s.otherwise() != null) statements(s.otherwise());
        else emit(new Step.CaseNoMatch());
        scope = outer;
        int end = pc();
        for (Step.Jump j : ends) j.target = end;
        for (Step t : tests) t.continueAt = end;
    }

    /** LOOP (no condition), WHILE (condition tested first) and REPEAT (until tested last). */
    private void loop(ProcedureStatement stmt, String labelName, Expression whileCondition, List<ProcedureStatement> body,
                      Expression until) {
        Label label = pushLabel(labelName, true);
        label.start = pc();
        Step.JumpIfNot test = null;
        if (whileCondition != null) {
            test = new Step.JumpIfNot(expression(whileCondition), FastIntegers.shape(whileCondition, scope),
                    text(whileCondition));
            emit(test);
        }
        statements(body);
        if (until != null) {
            Step.JumpIfNot repeat = new Step.JumpIfNot(expression(until), FastIntegers.shape(until, scope),
                    text(until));
            emit(repeat);
            repeat.target = label.start;
            test = repeat;
        } else {
            Step.Jump back = new Step.Jump(-1, 0, 0);
            back.target = label.start;
            emit(back);
        }
        int end = pc();
        if (test != null && until == null) {
            test.target = end;
            test.continueAt = end;
        }
        popLabel(label, end);
        loops.loop(stmt, label, label.start, end, test, scope.snapshot());
        loops.loopCompiled(stmt, slotTypes);
    }

    // ------------------------------------------------------------------ SQL statements

    private void sqlStatement(RoutineSqlStatement sql) {
        Statement st = sql.statement();
        String name = function ? "function" : "procedure";
        switch (st) {
            case Use u -> throw new SqlException(ErrorCode.ER_SP_BADSTATEMENT, "USE");
            case LockTables l -> throw new SqlException(ErrorCode.ER_SP_BADSTATEMENT, "LOCK");
            case UnlockTables u -> throw new SqlException(ErrorCode.ER_SP_BADSTATEMENT, "UNLOCK");
            default -> { }
        }
        if (st instanceof io.sprocket.sql.ast.CreateTrigger) {
            throw new SqlException(ErrorCode.ER_SP_NO_RECURSIVE_CREATE, "TRIGGER");
        }
        if (trigger != null) name = "trigger";
        if (function || trigger != null) {
            if (st instanceof io.sprocket.sql.ast.TriggerStatement) throw new SqlException(ErrorCode.ER_COMMIT_NOT_ALLOWED_IN_SF_OR_TRG);
            if (st instanceof Select s && s.into().isEmpty()) throw new SqlException(ErrorCode.ER_SP_NO_RETSET, name);
            if (st instanceof io.sprocket.sql.ast.ShowStatement) throw new SqlException(ErrorCode.ER_SP_NO_RETSET, name);
            if (st instanceof Commit || st instanceof Rollback || st instanceof StartTransaction || st instanceof DdlStatement
                    || st instanceof io.sprocket.sql.ast.RoutineStatement) {
                throw new SqlException(ErrorCode.ER_COMMIT_NOT_ALLOWED_IN_SF_OR_TRG);
            }
            if (st instanceof Prepare || st instanceof Execute || st instanceof DeallocatePrepare) {
                throw new SqlException(ErrorCode.ER_STMT_NOT_ALLOWED_IN_SF_OR_TRG, "Dynamic SQL");
            }
        }
        if (st instanceof io.sprocket.sql.ast.RoutineStatement r && !(r instanceof io.sprocket.sql.ast.CreateRoutine)) {
            String kind = r instanceof io.sprocket.sql.ast.DropRoutine d ? d.kind().name() : ((io.sprocket.sql.ast.AlterRoutine) r).kind().name();
            throw new SqlException(ErrorCode.ER_SP_NO_DROP_SP, kind);
        }
        if (st instanceof SetVariables set) {
            setStatement(set, sql);
            return;
        }
        List<Step.Target> into = List.of();
        if (st instanceof Select s && !s.into().isEmpty()) {
            into = new ArrayList<>();
            for (Expression t : s.into()) {
                if (t instanceof UserVariable u) into.add(new Step.Target(-1, null, u.name(), u.name()));
                else if (t instanceof ColumnRef c && c.table() == null) into.add(localTarget(c.column()));
                else throw new SqlException(ErrorCode.ER_SP_UNDECLARED_VAR, text(t));
            }
        }
        emit(new Step.Sql(sql, scope.snapshot(), into));
    }

    /**
     * SET: assignments to routine variables become SetLocal instructions; the others (user and system
     * variables, NAMES, ...) run as SET statements of their own, in the written order.
     */
    private void setStatement(SetVariables set, RoutineSqlStatement sql) {
        boolean anyLocal = false;
        if (trigger != null) {
            for (VariableAssignment a : set.assignments()) {
                if (a instanceof SystemVariableAssignment s && s.scope() == VariableScope.UNQUALIFIED) {
                    trigger.checkAssignment(s.name());
                }
            }
        }
        for (VariableAssignment a : set.assignments()) {
            if (a instanceof SystemVariableAssignment s && s.scope() == VariableScope.UNQUALIFIED && scope.lookup(s.name()) != null) {
                anyLocal = true;
            }
        }
        for (VariableAssignment a : set.assignments()) {
            if (a instanceof SystemVariableAssignment s && s.scope() == VariableScope.UNQUALIFIED && scope.lookup(s.name()) == null) {
                host.checkSystemVariable(s.name());
            }
        }
        if (!anyLocal) {
            emit(new Step.Sql(sql, scope.snapshot(), List.of()));
            return;
        }
        List<Step.SetLocal> locals = new ArrayList<>();
        for (VariableAssignment a : set.assignments()) {
            if (a instanceof SystemVariableAssignment s && s.scope() == VariableScope.UNQUALIFIED) {
                LocalVariables.Local l = scope.lookup(s.name());
                if (l != null) {
                    Step.SetLocal step = new Step.SetLocal(l.slot(), expression(s.value()), FastIntegers.shape(s.value(), scope),
                            l.type(), l.name(), text(s.value()), l.slot() < def.parameters().size());
                    emit(step);
                    locals.add(step);
                    continue;
                }
            }
            SetVariables one = new SetVariables(List.of(a));
            emit(new Step.Sql(new RoutineSqlStatement(one, io.sprocket.sql.SqlFormatter.PLAIN.formatStatement(one)),
                    scope.snapshot(), List.of()));
        }
        if (locals.size() == set.assignments().size()) loops.set(sql, locals, scope.snapshot());
    }
}
