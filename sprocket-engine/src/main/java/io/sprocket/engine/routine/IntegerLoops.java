package io.sprocket.engine.routine;

import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.Block;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.DeclareVariable;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.If;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Iterate;
import io.sprocket.sql.ast.Leave;
import io.sprocket.sql.ast.ProcedureStatement;
import io.sprocket.sql.ast.Return;
import io.sprocket.sql.ast.RoutineSqlStatement;
import io.sprocket.sql.ast.SetVariables;
import io.sprocket.sql.ast.SystemVariableAssignment;
import io.sprocket.sql.ast.UnaryOperation;
import io.sprocket.sql.ast.UnaryOperator;
import io.sprocket.sql.ast.VariableAssignment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loops made only of integer work ({@code WHILE i < n DO SET i = i + 1; IF i % 3 = 0 THEN ... END IF; END WHILE})
 * run as a tree of nodes over raw {@code long}s instead of instruction by instruction over the frame's boxed
 * values. The loop's variables are read from the frame once on entry and written back when it leaves, so an
 * iteration allocates nothing, dispatches a handful of calls and leaves the diagnostics area alone.
 *
 * <p>The tree is an accelerator for instructions that still exist: the compiler emits the ordinary code for the
 * loop as always, and {@link Accelerated} stands in for the loop's first instruction. Whenever a node would need
 * the generic path (a value that is not an integer on entry, an overflow, {@code % 0}, a value outside the
 * target variable's range) it stops before changing anything; the variables are written back and the ordinary
 * interpreter resumes at that statement's own instruction, which then raises exactly the warning or error it
 * always does. So the tree never decides anything the ordinary code would decide differently.
 *
 * <p>What qualifies: SET of signed-integer routine variables to integer arithmetic ({@code + - * DIV %}, unary minus)
 * over such variables and integer literals; IF/ELSEIF/ELSE, WHILE, REPEAT and LOOP whose conditions are
 * comparisons of such expressions joined by AND, OR and NOT; LEAVE and ITERATE of loops inside the tree.
 *
 * <p>A stored function whose parameters and RETURNS type are signed integers and whose whole body qualifies
 * (with DECLAREs that have integer DEFAULTs, BEGIN ... END blocks without cursors or handlers, and RETURN) also
 * gets a {@link FunctionTree}: a call then computes its value from the arguments without an invocation, and
 * falls back to the ordinary call, from the start, whenever the tree cannot decide.
 */
final class IntegerLoops {
    private IntegerLoops() {
    }

    // ------------------------------------------------------------------ what the compiler records

    /**
     * The compiler's record of the instructions it emitted for each statement (by identity: the AST is records),
     * with the variables in scope there.
     */
    static final class Recorder {
        private final Map<Object, Object> emitted = new IdentityHashMap<>();
        private final List<Candidate> candidates = new ArrayList<>();

        /** A SET whose assignments all became SetLocal instructions (in order). */
        void set(RoutineSqlStatement s, List<Step.SetLocal> steps, LocalVariables scope) {
            emitted.put(s, new SetCode(steps, scope));
        }

        /** A DECLARE with a DEFAULT: one SetLocal per variable; {@code scope} is what the DEFAULT sees. */
        void declare(DeclareVariable d, List<Step.SetLocal> steps, LocalVariables scope) {
            emitted.put(d, new SetCode(steps, scope));
        }

        /** An IF's condition tests, one per branch. */
        void ifTests(If s, List<Step.JumpIfNot> tests, LocalVariables scope) {
            emitted.put(s, new IfCode(tests, scope));
        }

        /** A loop: its label object, first instruction, the instruction after it, and its WHILE/UNTIL test. */
        void loop(ProcedureStatement s, Object label, int head, int end, Step.JumpIfNot test, LocalVariables scope) {
            emitted.put(s, new LoopCode(label, head, end, test, scope));
        }

        /** A BEGIN ... END block that declares no cursor or handler (so leaving it needs no instruction). */
        void block(Block b, Object label) {
            emitted.put(b, new BlockCode(label));
        }

        /** A LEAVE or ITERATE: the label object it names and the jump it became. */
        void jump(ProcedureStatement s, Object label, Step.Jump jump) {
            emitted.put(s, new JumpCode(label, jump));
        }

        /** A function's RETURN. */
        void ret(Return r, LocalVariables scope) {
            emitted.put(r, new ReturnCode(scope));
        }

        /**
         * Called when a loop's code is complete: builds its tree if it qualifies (a loop nested in another
         * qualifying loop is covered by the outer one's tree; {@link #install} keeps the outermost).
         */
        void loopCompiled(ProcedureStatement loop, List<SqlType> slotTypes) {
            Builder b = new Builder(this, slotTypes, false);
            Node root = b.statement(loop);
            if (root == null) return;
            LoopCode code = (LoopCode) emitted.get(loop);
            candidates.add(new Candidate(code.head(), code.end(), root, b.used));
        }

        /** Puts an {@link Accelerated} instruction at the head of every outermost qualifying loop. */
        List<int[]> install(List<Step> code, int frameSize) {
            candidates.sort((a, b) -> a.head != b.head ? Integer.compare(a.head, b.head) : Integer.compare(b.end, a.end));
            List<int[]> installed = new ArrayList<>();
            int coveredTo = -1;
            for (Candidate c : candidates) {
                if (c.head < coveredTo) continue;
                code.set(c.head, new Accelerated(code.get(c.head), c.head, c.end, c.root, c.used.stream().toArray(), frameSize));
                installed.add(new int[]{c.head, c.end});
                coveredTo = c.end;
            }
            return installed;
        }

        /**
         * The whole body of a stored function as one tree, when its parameters, its RETURNS type and everything
         * it does are signed-integer work; null otherwise.
         */
        FunctionTree function(ProcedureStatement body, List<SqlType> parameterTypes, SqlType returns, List<SqlType> slotTypes) {
            long[] returnRange = range(returns);
            if (returnRange == null) return null;
            long[][] parameterRanges = new long[parameterTypes.size()][];
            for (int i = 0; i < parameterRanges.length; i++) {
                parameterRanges[i] = range(parameterTypes.get(i));
                if (parameterRanges[i] == null) return null;
            }
            Builder b = new Builder(this, slotTypes, true);
            Node root = b.statement(body);
            if (root == null) return null;
            return new FunctionTree(root, parameterRanges, returnRange, slotTypes.size());
        }
    }

    private record SetCode(List<Step.SetLocal> steps, LocalVariables scope) {
    }

    private record IfCode(List<Step.JumpIfNot> tests, LocalVariables scope) {
    }

    private record BlockCode(Object label) {
    }

    private record ReturnCode(LocalVariables scope) {
    }

    private record LoopCode(Object label, int head, int end, Step.JumpIfNot test, LocalVariables scope) {
    }

    private record JumpCode(Object label, Step.Jump jump) {
    }

    private record Candidate(int head, int end, Node root, BitSet used) {
    }

    // ------------------------------------------------------------------ building a tree

    private static final class Builder {
        private final Recorder rec;
        private final List<SqlType> slotTypes;
        /** A function's whole body: RETURN is a node (in a loop tree it ends the tree's eligibility). */
        private final boolean function;
        /** Loop and block labels inside the tree -> node id (LEAVE and ITERATE may name only these). */
        private final Map<Object, Integer> labelIds = new HashMap<>();
        private int nextId = 1;
        final BitSet used = new BitSet();

        Builder(Recorder rec, List<SqlType> slotTypes, boolean function) {
            this.rec = rec;
            this.slotTypes = slotTypes;
            this.function = function;
        }

        /** The node for {@code s}, or null when it does not qualify. */
        Node statement(ProcedureStatement s) {
            Object code = rec.emitted.get(s);
            if (code == null) return null;
            return switch (s) {
                case RoutineSqlStatement sql -> set(sql, (SetCode) code);
                case DeclareVariable d -> declare(d, (SetCode) code);
                case If i -> ifNode(i, (IfCode) code);
                case io.sprocket.sql.ast.While w -> loop(w.statements(), w.condition(), null, (LoopCode) code);
                case io.sprocket.sql.ast.Repeat r -> loop(r.statements(), null, r.until(), (LoopCode) code);
                case io.sprocket.sql.ast.Loop l -> loop(l.statements(), null, null, (LoopCode) code);
                case Block b -> block(b, (BlockCode) code);
                case Leave l -> jump((JumpCode) code, true);
                case Iterate i -> jump((JumpCode) code, false);
                case Return r -> function ? returnNode(r, (ReturnCode) code) : null;
                default -> null;
            };
        }

        private Node[] statements(List<ProcedureStatement> list) {
            List<Node> out = new ArrayList<>();
            for (ProcedureStatement s : list) {
                if (s instanceof io.sprocket.sql.ast.DeclareCondition) continue;  // no code: only handlers use it
                Node n = statement(s);
                if (n == null) return null;
                if (n instanceof Seq seq) out.addAll(List.of(seq.nodes));
                else out.add(n);
            }
            return out.toArray(new Node[0]);
        }

        private Node set(RoutineSqlStatement sql, SetCode code) {
            if (!(sql.statement() instanceof SetVariables set)) return null;
            List<VariableAssignment> assignments = set.assignments();
            if (code.steps().size() != assignments.size()) return null;
            Expression[] values = new Expression[assignments.size()];
            for (int i = 0; i < values.length; i++) {
                if (!(assignments.get(i) instanceof SystemVariableAssignment a)) return null;
                values[i] = a.value();
            }
            return sets(code, values);
        }

        private Node declare(DeclareVariable d, SetCode code) {
            if (d.defaultValue() == null) return null;  // NULL until set: not an integer
            Expression[] values = new Expression[code.steps().size()];
            java.util.Arrays.fill(values, d.defaultValue());
            return sets(code, values);
        }

        private Node sets(SetCode code, Expression[] values) {
            Node[] nodes = new Node[values.length];
            for (int i = 0; i < nodes.length; i++) {
                Step.SetLocal step = code.steps().get(i);
                long[] range = range(slotTypes.get(step.slot));
                if (range == null) return null;
                LongExpr e = expr(values[i], code.scope());
                if (e == null) return null;
                used.set(step.slot);
                nodes[i] = SetNode.of(step.slot, e, range[0], range[1], step.pc);
            }
            return nodes.length == 1 ? nodes[0] : new Seq(nodes);
        }

        private Node ifNode(If s, IfCode code) {
            int n = s.branches().size();
            Cond[] conds = new Cond[n];
            Node[][] bodies = new Node[n][];
            for (int i = 0; i < n; i++) {
                conds[i] = cond(s.branches().get(i).condition(), code.tests().get(i).pc, code.scope());
                bodies[i] = statements(s.branches().get(i).statements());
                if (conds[i] == null || bodies[i] == null) return null;
            }
            Node[] otherwise = statements(s.otherwise());
            return otherwise == null ? null : new IfNode(conds, bodies, otherwise);
        }

        private Node loop(List<ProcedureStatement> body, Expression whileCond, Expression until, LoopCode code) {
            int id = nextId++;
            labelIds.put(code.label(), id);
            try {
                Node[] nodes = statements(body);
                if (nodes == null) return null;
                if (whileCond != null) {
                    Cond c = cond(whileCond, code.test().pc, code.scope());
                    return c == null ? null : new WhileNode(id, c, nodes, code.head());
                }
                if (until != null) {
                    Cond c = cond(until, code.test().pc, code.scope());
                    return c == null ? null : new RepeatNode(id, nodes, c, code.head());
                }
                return new LoopNode(id, nodes, code.head());
            } finally {
                labelIds.remove(code.label());
            }
        }

        private Node block(Block b, BlockCode code) {
            int id = nextId++;
            labelIds.put(code.label(), id);
            try {
                Node[] nodes = statements(b.statements());
                return nodes == null ? null : new BlockNode(id, nodes);
            } finally {
                labelIds.remove(code.label());
            }
        }

        private Node jump(JumpCode code, boolean leave) {
            Integer id = labelIds.get(code.label());
            if (id == null || !code.jump().isPlain()) return null;
            return new Jump(leave ? id : -id);
        }

        private Node returnNode(Return r, ReturnCode code) {
            LongExpr e = expr(r.value(), code.scope());
            return e == null ? null : new ReturnNode(e);
        }

        /** An integer expression over signed-integer variables and literals, or null. */
        LongExpr expr(Expression e, LocalVariables scope) {
            if (e instanceof ColumnRef c && c.table() == null) {
                LocalVariables.Local l = scope.lookup(c.column());
                if (l == null || range(l.type()) == null) return null;
                used.set(l.slot());
                return new Var(l.slot());
            }
            if (e instanceof IntegerLiteral i) {
                return i.value().bitLength() < 64 ? new Const(i.value().longValue()) : null;
            }
            if (e instanceof UnaryOperation u && u.operator() == UnaryOperator.NEGATE) {
                LongExpr x = expr(u.operand(), scope);
                return x == null ? null : new Negate(x);
            }
            if (e instanceof BinaryOperation b) {
                if (b.operator().isComparison() || isLogical(b.operator())) {
                    Cond c = condition(e, scope);
                    return c == null ? null : new CondValue(c);
                }
                LongExpr l = expr(b.left(), scope);
                LongExpr r = expr(b.right(), scope);
                if (l == null || r == null) return null;
                return switch (b.operator()) {
                    case ADD -> r instanceof Const k ? new AddConst(l, k.value) : new Add(l, r);
                    case SUBTRACT -> r instanceof Const k && k.value != Long.MIN_VALUE ? new AddConst(l, -k.value) : new Subtract(l, r);
                    case MULTIPLY -> new Multiply(l, r);
                    case INTEGER_DIVIDE -> new IntegerDivide(l, r);
                    case MODULO -> r instanceof Const k && k.value != 0 && Math.abs(k.value) <= Integer.MAX_VALUE
                            ? (l instanceof Var x ? new VarModConst(x.slot, Math.abs(k.value)) : new ModConst(l, Math.abs(k.value)))
                            : new Modulo(l, r);
                    default -> null;
                };
            }
            if (e instanceof UnaryOperation u && u.operator() == UnaryOperator.NOT) {
                Cond c = condition(e, scope);
                return c == null ? null : new CondValue(c);
            }
            return null;
        }

        /** A condition; {@code pc} is the instruction to resume at when it cannot decide. */
        Cond cond(Expression e, int pc, LocalVariables scope) {
            Cond c = condition(e, scope);
            if (c == null) return null;
            c.pc = pc;
            return c;
        }

        private Cond condition(Expression e, LocalVariables scope) {
            if (e instanceof BinaryOperation b && b.operator().isComparison()) {
                LongExpr l = expr(b.left(), scope);
                LongExpr r = expr(b.right(), scope);
                if (l == null || r == null) return null;
                int op = comparison(b.operator());
                if (l instanceof Var v && r instanceof Var w) return new CompareVars(op, v.slot, w.slot);
                if (l instanceof Var v && r instanceof Const k) return new CompareVarConst(op, v.slot, k.value);
                if (r instanceof Const k) return new CompareConst(op, l, k.value);
                return new Compare(op, l, r);
            }
            if (e instanceof BinaryOperation b && isLogical(b.operator())) {
                Cond l = condition(b.left(), scope);
                Cond r = condition(b.right(), scope);
                if (l == null || r == null) return null;
                return new Logical(b.operator(), l, r);
            }
            if (e instanceof UnaryOperation u && u.operator() == UnaryOperator.NOT) {
                Cond c = condition(u.operand(), scope);
                return c == null ? null : new Not(c);
            }
            LongExpr x = expr(e, scope);
            return x == null ? null : new NonZero(x);
        }

        private static boolean isLogical(BinaryOperator op) {
            return op == BinaryOperator.AND || op == BinaryOperator.OR || op == BinaryOperator.XOR;
        }
    }

    /** The values a signed integer variable can hold, or null for any other type. */
    static long[] range(SqlType t) {
        if (t == null || t.unsigned()) return null;
        return switch (t.kind()) {
            case TINYINT -> new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE};
            case SMALLINT -> new long[]{Short.MIN_VALUE, Short.MAX_VALUE};
            case MEDIUMINT -> new long[]{-(1 << 23), (1 << 23) - 1};
            case INT -> new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE};
            case BIGINT -> new long[]{Long.MIN_VALUE, Long.MAX_VALUE};
            default -> null;
        };
    }

    private static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;

    private static int comparison(BinaryOperator op) {
        return switch (op) {
            case EQUAL, NULL_SAFE_EQUAL -> EQ;  // no NULLs here: <=> is =
            case NOT_EQUAL -> NE;
            case LESS_THAN -> LT;
            case LESS_THAN_OR_EQUAL -> LE;
            case GREATER_THAN -> GT;
            case GREATER_THAN_OR_EQUAL -> GE;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static boolean compare(int op, long x, long y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            default -> x >= y;
        };
    }

    // ------------------------------------------------------------------ running a tree

    /** Thrown by an expression that cannot decide (overflow, % 0): its statement resumes in the ordinary code. */
    static final class Fail extends RuntimeException {
        static final Fail INSTANCE = new Fail();

        private Fail() {
            super(null, null, false, false);
        }
    }

    /** Leaves the tree: the ordinary interpreter resumes at {@code pc}; {@code interrupt} after KILL QUERY. */
    static final class Deopt extends RuntimeException {
        final int pc;
        final boolean interrupt;

        Deopt(int pc, boolean interrupt) {
            super(null, null, false, false);
            this.pc = pc;
            this.interrupt = interrupt;
        }
    }

    /** What a tree's nodes share: where SETs flag that they ran, and the session to ask about KILL QUERY. */
    static final class Binding {
        final int setFlag;
        io.sprocket.engine.expr.ExecContext ctx;

        Binding(int setFlag) {
            this.setFlag = setFlag;
        }

        boolean interrupted() {
            return ctx.session().functionContext().interrupted();
        }
    }

    /**
     * The loop's first instruction, accelerated: loads the tree's variables, runs it, writes them back and
     * continues after the loop (or at the instruction where the tree stopped).
     */
    static final class Accelerated extends Step {
        private final Step original;
        private final int head;
        private final int end;
        private final Node root;
        private final int[] slots;
        /** The frame's integers (by slot) plus, at the end, a flag set by every SET that ran. */
        private final long[] vars;
        private final Binding binding;

        Accelerated(Step original, int head, int end, Node root, int[] slots, int frameSize) {
            this.original = original;
            this.head = head;
            this.end = end;
            this.root = root;
            this.slots = slots;
            this.vars = new long[frameSize + 1];
            this.binding = new Binding(frameSize);
            this.continueAt = original.continueAt;
            this.pc = original.pc;
            root.bind(binding);
        }

        int end() { return end; }

        @Override
        int run(Invocation inv) {
            Object[] frame = inv.frame;
            long[] v = vars;
            for (int s : slots) {
                if (!(frame[s] instanceof Long l)) return original.run(inv);
                v[s] = l;
            }
            v[binding.setFlag] = 0;
            binding.ctx = inv.ctx;
            int next = end;
            Deopt stopped = null;
            try {
                root.exec(v);
            } catch (Deopt d) {
                stopped = d;
                next = d.pc;
            }
            for (int s : slots) frame[s] = v[s];
            // Each SET clears the diagnostics area (nothing here adds to it), so once is enough.
            if (v[binding.setFlag] != 0) inv.host.clearDiagnostics();
            if (stopped != null && stopped.interrupt) inv.ctx.checkInterrupted();
            return next == head ? original.run(inv) : next;
        }

        @Override
        String describe() {
            return original.describe();
        }
    }

    /**
     * A stored function whose whole body is integer work, run without an invocation: arguments in, the RETURN
     * value out. {@link #call} answers null whenever the ordinary call must decide instead (an argument that is
     * not an integer of the parameter's type, anything a node cannot decide, a value outside the RETURNS type);
     * the tree has changed nothing by then, so the ordinary call starts from the beginning with the same
     * arguments. A function's program belongs to one session and the tree calls nothing, so one scratch frame
     * serves every call.
     */
    static final class FunctionTree {
        private final Node root;
        private final long[][] parameterRanges;
        private final long[] returnRange;
        /** Frame slots, then the RETURN value, then the SET flag. */
        private final long[] vars;
        private final Binding binding;

        FunctionTree(Node root, long[][] parameterRanges, long[] returnRange, int frameSize) {
            this.root = root;
            this.parameterRanges = parameterRanges;
            this.returnRange = returnRange;
            this.vars = new long[frameSize + 2];
            this.binding = new Binding(frameSize + 1);
            root.bind(binding);
        }

        /** The function's value for these arguments, or null when the ordinary call must run. */
        Object call(Object[] args, io.sprocket.engine.expr.ExecContext ctx) {
            long[] v = vars;
            for (int i = 0; i < parameterRanges.length; i++) {
                if (!(args[i] instanceof Long l) || l < parameterRanges[i][0] || l > parameterRanges[i][1]) return null;
                v[i] = l;
            }
            binding.ctx = ctx;
            try {
                if (root.exec(v) != ReturnNode.SIGNAL) return null;  // fell off the end: 1321 is the ordinary call's
            } catch (Deopt d) {
                return null;
            }
            long r = v[binding.setFlag - 1];
            return r < returnRange[0] || r > returnRange[1] ? null : (Object) r;
        }
    }

    /** A statement of the tree; returns 0, or +id / -id for LEAVE / ITERATE of the loop with that id. */
    abstract static class Node {
        abstract int exec(long[] v);

        /** Hands the nodes what they share. */
        void bind(Binding b) {
        }
    }

    static int run(Node[] body, long[] v) {
        for (Node n : body) {
            int r = n.exec(v);
            if (r != 0) return r;
        }
        return 0;
    }

    static void bind(Node[] body, Binding b) {
        for (Node n : body) n.bind(b);
    }

    /** BEGIN ... END: LEAVE of its label ends it. */
    private static final class BlockNode extends Node {
        final int id;
        final Node[] nodes;

        BlockNode(int id, Node[] nodes) {
            this.id = id;
            this.nodes = nodes;
        }

        @Override int exec(long[] v) {
            int r = run(nodes, v);
            return r == id ? 0 : r;
        }

        @Override void bind(Binding b) { IntegerLoops.bind(nodes, b); }
    }

    /** A function's RETURN: the value goes to the slot after the frame's, and the signal ends every loop. */
    private static final class ReturnNode extends Node {
        static final int SIGNAL = Integer.MIN_VALUE;
        final LongExpr value;
        int slot;

        ReturnNode(LongExpr value) {
            this.value = value;
        }

        @Override void bind(Binding b) { slot = b.setFlag - 1; }

        @Override int exec(long[] v) {
            try {
                v[slot] = value.eval(v);
            } catch (Fail f) {
                throw FUNCTION_FALLBACK;
            }
            return SIGNAL;
        }
    }

    /** Any stop inside a function tree means the same: the ordinary call runs (the pc is not used). */
    private static final Deopt FUNCTION_FALLBACK = new Deopt(-1, false);

    private static final class Seq extends Node {
        final Node[] nodes;

        Seq(Node[] nodes) {
            this.nodes = nodes;
        }

        @Override int exec(long[] v) { return run(nodes, v); }

        @Override void bind(Binding b) { IntegerLoops.bind(nodes, b); }
    }

    /** SET var = expr, within the variable's range, else the ordinary SET decides (1264, 1690, ...). */
    abstract static class SetNode extends Node {
        final int dst;
        final long min;
        final long max;
        final Deopt deopt;
        int flag;

        SetNode(int dst, long min, long max, int pc) {
            this.dst = dst;
            this.min = min;
            this.max = max;
            this.deopt = new Deopt(pc, false);
        }

        @Override void bind(Binding b) { flag = b.setFlag; }

        static SetNode of(int dst, LongExpr e, long min, long max, int pc) {
            if (e instanceof AddConst a && a.x instanceof Var v) return new SetVarPlusConst(dst, v.slot, a.c, min, max, pc);
            if (e instanceof Add a && a.x instanceof Var x && a.y instanceof Var y) return new SetVarPlusVar(dst, x.slot, y.slot, min, max, pc);
            return new SetExpr(dst, e, min, max, pc);
        }

        final int store(long[] v, long r) {
            if (r < min || r > max) throw deopt;
            v[dst] = r;
            v[flag] = 1;
            return 0;
        }
    }

    private static final class SetExpr extends SetNode {
        final LongExpr e;

        SetExpr(int dst, LongExpr e, long min, long max, int pc) {
            super(dst, min, max, pc);
            this.e = e;
        }

        @Override int exec(long[] v) {
            long r;
            try {
                r = e.eval(v);
            } catch (Fail f) {
                throw deopt;
            }
            return store(v, r);
        }
    }

    private static final class SetVarPlusConst extends SetNode {
        final int x;
        final long c;

        SetVarPlusConst(int dst, int x, long c, long min, long max, int pc) {
            super(dst, min, max, pc);
            this.x = x;
            this.c = c;
        }

        @Override int exec(long[] v) {
            long a = v[x], r = a + c;
            if (((a ^ r) & (c ^ r)) < 0) throw deopt;
            return store(v, r);
        }
    }

    private static final class SetVarPlusVar extends SetNode {
        final int x;
        final int y;

        SetVarPlusVar(int dst, int x, int y, long min, long max, int pc) {
            super(dst, min, max, pc);
            this.x = x;
            this.y = y;
        }

        @Override int exec(long[] v) {
            long a = v[x], b = v[y], r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) throw deopt;
            return store(v, r);
        }
    }

    private static final class IfNode extends Node {
        final Cond[] conds;
        final Node[][] bodies;
        final Node[] otherwise;

        IfNode(Cond[] conds, Node[][] bodies, Node[] otherwise) {
            this.conds = conds;
            this.bodies = bodies;
            this.otherwise = otherwise;
        }

        @Override int exec(long[] v) {
            for (int i = 0; i < conds.length; i++) {
                if (conds[i].decide(v)) return run(bodies[i], v);
            }
            return run(otherwise, v);
        }

        @Override void bind(Binding b) {
            for (Node[] body : bodies) IntegerLoops.bind(body, b);
            IntegerLoops.bind(otherwise, b);
        }
    }

    /** The loops: LEAVE of their own id ends them, ITERATE continues; others pass outwards. */
    private abstract static class LoopBase extends Node {
        private static final int CHECK_EVERY = 0xfff;
        final int id;
        final Node[] body;
        /** Where the ordinary code resumes after KILL QUERY was seen (an iteration's start). */
        final Deopt interrupt;
        Binding owner;

        LoopBase(int id, Node[] body, int iterationPc) {
            this.id = id;
            this.body = body;
            this.interrupt = new Deopt(iterationPc, true);
        }

        @Override void bind(Binding b) {
            owner = b;
            IntegerLoops.bind(body, b);
        }

        final void checkInterrupt(int iterations) {
            if ((iterations & CHECK_EVERY) == 0 && owner.interrupted()) throw interrupt;
        }
    }

    private static final class WhileNode extends LoopBase {
        final Cond cond;

        WhileNode(int id, Cond cond, Node[] body, int testPc) {
            super(id, body, testPc);
            this.cond = cond;
        }

        @Override int exec(long[] v) {
            int n = 0;
            while (cond.decide(v)) {
                int r = run(body, v);
                if (r != 0 && r != -id) return r == id ? 0 : r;
                checkInterrupt(++n);
            }
            return 0;
        }
    }

    private static final class RepeatNode extends LoopBase {
        final Cond until;

        RepeatNode(int id, Node[] body, Cond until, int bodyPc) {
            super(id, body, bodyPc);
            this.until = until;
        }

        @Override int exec(long[] v) {
            int n = 0;
            while (true) {
                int r = run(body, v);
                if (r != 0 && r != -id) return r == id ? 0 : r;
                // ITERATE skips the UNTIL test, as in the ordinary code (it jumps to the loop's start)
                if (r == 0 && until.decide(v)) return 0;
                checkInterrupt(++n);
            }
        }
    }

    private static final class LoopNode extends LoopBase {
        LoopNode(int id, Node[] body, int bodyPc) {
            super(id, body, bodyPc);
        }

        @Override int exec(long[] v) {
            int n = 0;
            while (true) {
                int r = run(body, v);
                if (r != 0 && r != -id) return r == id ? 0 : r;
                checkInterrupt(++n);
            }
        }
    }

    private static final class Jump extends Node {
        final int signal;

        Jump(int signal) {
            this.signal = signal;
        }

        @Override int exec(long[] v) { return signal; }
    }

    // ------------------------------------------------------------------ conditions

    /** A condition; {@link #decide} stops the tree at {@link #pc} when an operand cannot be computed. */
    abstract static class Cond {
        int pc = -1;
        private Deopt deopt;

        abstract boolean test(long[] v);

        final boolean decide(long[] v) {
            try {
                return test(v);
            } catch (Fail f) {
                if (deopt == null) deopt = new Deopt(pc, false);
                throw deopt;
            }
        }
    }

    private static final class CompareVars extends Cond {
        final int op, x, y;

        CompareVars(int op, int x, int y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override boolean test(long[] v) { return compare(op, v[x], v[y]); }
    }

    private static final class CompareVarConst extends Cond {
        final int op, x;
        final long c;

        CompareVarConst(int op, int x, long c) {
            this.op = op;
            this.x = x;
            this.c = c;
        }

        @Override boolean test(long[] v) { return compare(op, v[x], c); }
    }

    private static final class CompareConst extends Cond {
        final int op;
        final LongExpr l;
        final long c;

        CompareConst(int op, LongExpr l, long c) {
            this.op = op;
            this.l = l;
            this.c = c;
        }

        @Override boolean test(long[] v) { return compare(op, l.eval(v), c); }
    }

    private static final class Compare extends Cond {
        final int op;
        final LongExpr l, r;

        Compare(int op, LongExpr l, LongExpr r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override boolean test(long[] v) {
            long x = l.eval(v);
            return compare(op, x, r.eval(v));
        }
    }

    /** AND, OR, XOR: both sides are computed, so that any overflow leaves the decision to the ordinary code. */
    private static final class Logical extends Cond {
        final BinaryOperator op;
        final Cond l, r;

        Logical(BinaryOperator op, Cond l, Cond r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override boolean test(long[] v) {
            boolean a = l.test(v), b = r.test(v);
            return op == BinaryOperator.AND ? a & b : op == BinaryOperator.OR ? a | b : a ^ b;
        }
    }

    private static final class Not extends Cond {
        final Cond c;

        Not(Cond c) {
            this.c = c;
        }

        @Override boolean test(long[] v) { return !c.test(v); }
    }

    private static final class NonZero extends Cond {
        final LongExpr x;

        NonZero(LongExpr x) {
            this.x = x;
        }

        @Override boolean test(long[] v) { return x.eval(v) != 0; }
    }

    // ------------------------------------------------------------------ expressions

    /** An integer expression; throws {@link Fail} when the ordinary evaluator must decide. */
    abstract static class LongExpr {
        abstract long eval(long[] v);
    }

    private static final class Var extends LongExpr {
        final int slot;

        Var(int slot) {
            this.slot = slot;
        }

        @Override long eval(long[] v) { return v[slot]; }
    }

    private static final class Const extends LongExpr {
        final long value;

        Const(long value) {
            this.value = value;
        }

        @Override long eval(long[] v) { return value; }
    }

    private static final class CondValue extends LongExpr {
        final Cond c;

        CondValue(Cond c) {
            this.c = c;
        }

        @Override long eval(long[] v) { return c.test(v) ? 1 : 0; }
    }

    private static final class Negate extends LongExpr {
        final LongExpr x;

        Negate(LongExpr x) {
            this.x = x;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v);
            if (a == Long.MIN_VALUE) throw Fail.INSTANCE;
            return -a;
        }
    }

    private static final class AddConst extends LongExpr {
        final LongExpr x;
        final long c;

        AddConst(LongExpr x, long c) {
            this.x = x;
            this.c = c;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), r = a + c;
            if (((a ^ r) & (c ^ r)) < 0) throw Fail.INSTANCE;
            return r;
        }
    }

    private static final class Add extends LongExpr {
        final LongExpr x, y;

        Add(LongExpr x, LongExpr y) {
            this.x = x;
            this.y = y;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), b = y.eval(v), r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) throw Fail.INSTANCE;
            return r;
        }
    }

    private static final class Subtract extends LongExpr {
        final LongExpr x, y;

        Subtract(LongExpr x, LongExpr y) {
            this.x = x;
            this.y = y;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), b = y.eval(v), r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) throw Fail.INSTANCE;
            return r;
        }
    }

    private static final class Multiply extends LongExpr {
        final LongExpr x, y;

        Multiply(LongExpr x, LongExpr y) {
            this.x = x;
            this.y = y;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), b = y.eval(v), r = a * b;
            if (Math.multiplyHigh(a, b) != r >> 63) throw Fail.INSTANCE;
            return r;
        }
    }

    /** DIV: truncates towards zero; DIV 0 (NULL, or 1365) and MIN DIV -1 (1690) are the ordinary path's. */
    private static final class IntegerDivide extends LongExpr {
        final LongExpr x, y;

        IntegerDivide(LongExpr x, LongExpr y) {
            this.x = x;
            this.y = y;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), b = y.eval(v);
            if (b == 0 || b == -1 && a == Long.MIN_VALUE) throw Fail.INSTANCE;
            return a / b;
        }
    }

    private static final class Modulo extends LongExpr {
        final LongExpr x, y;

        Modulo(LongExpr x, LongExpr y) {
            this.x = x;
            this.y = y;
        }

        @Override long eval(long[] v) {
            long a = x.eval(v), b = y.eval(v);
            if (b == 0) throw Fail.INSTANCE;  // the ordinary path gives NULL (and its warning)
            return a % b;
        }
    }

    private static final class VarModConst extends LongExpr {
        final int x;
        final long d;
        final long magic;

        VarModConst(int x, long d) {
            this.x = x;
            this.d = d;
            this.magic = ModConst.magic(d);
        }

        @Override long eval(long[] v) { return ModConst.remainder(v[x], d, magic); }
    }

    /**
     * {@code x % d} for a constant {@code 0 < d < 2^31}: for operands in the int range, two multiplications
     * instead of a 64-bit division (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019);
     * the sign follows the dividend, as in MySQL.
     */
    static final class ModConst extends LongExpr {
        final LongExpr x;
        final long d;
        final long magic;

        ModConst(LongExpr x, long d) {
            this.x = x;
            this.d = d;
            this.magic = magic(d);
        }

        @Override long eval(long[] v) { return remainder(x.eval(v), d, magic); }

        static long magic(long d) {
            return Long.divideUnsigned(-1L, d) + 1;
        }

        static long remainder(long a, long d, long magic) {
            if (a < Integer.MIN_VALUE || a > Integer.MAX_VALUE) return a % d;
            long r = Math.unsignedMultiplyHigh(magic * Math.abs(a), d);
            return a < 0 ? -r : r;
        }
    }
}
