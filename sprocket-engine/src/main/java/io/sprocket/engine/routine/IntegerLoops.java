package io.sprocket.engine.routine;

import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.If;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Iterate;
import io.sprocket.sql.ast.Leave;
import io.sprocket.sql.ast.ProcedureStatement;
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
 * <p>What qualifies: SET of signed-integer routine variables to integer arithmetic ({@code + - * %}, unary minus)
 * over such variables and integer literals; IF/ELSEIF/ELSE, WHILE, REPEAT and LOOP whose conditions are
 * comparisons of such expressions joined by AND, OR and NOT; LEAVE and ITERATE of loops inside the tree.
 */
final class IntegerLoops {
    private IntegerLoops() {
    }

    // ------------------------------------------------------------------ what the compiler records

    /** The compiler's record of the instructions it emitted for each statement (by identity: the AST is records). */
    static final class Recorder {
        private final Map<Object, Object> emitted = new IdentityHashMap<>();
        private final List<Candidate> candidates = new ArrayList<>();

        /** A SET whose assignments all became SetLocal instructions (in order). */
        void set(RoutineSqlStatement s, List<Step.SetLocal> steps) {
            emitted.put(s, steps);
        }

        /** An IF's condition tests, one per branch. */
        void ifTests(If s, List<Step.JumpIfNot> tests) {
            emitted.put(s, tests);
        }

        /** A loop: its label object, first instruction, the instruction after it, and its WHILE/UNTIL test. */
        void loop(ProcedureStatement s, Object label, int head, int end, Step.JumpIfNot test) {
            emitted.put(s, new LoopCode(label, head, end, test));
        }

        /** A LEAVE or ITERATE: the label object it names and the jump it became. */
        void jump(ProcedureStatement s, Object label, Step.Jump jump) {
            emitted.put(s, new JumpCode(label, jump));
        }

        /**
         * Called when a loop's code is complete: builds its tree if it qualifies (a loop nested in another
         * qualifying loop is covered by the outer one's tree; {@link #install} keeps the outermost).
         */
        void loopCompiled(ProcedureStatement loop, LocalVariables scope, List<SqlType> slotTypes) {
            Builder b = new Builder(this, scope, slotTypes);
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
    }

    private record LoopCode(Object label, int head, int end, Step.JumpIfNot test) {
    }

    private record JumpCode(Object label, Step.Jump jump) {
    }

    private record Candidate(int head, int end, Node root, BitSet used) {
    }

    // ------------------------------------------------------------------ building a tree

    private static final class Builder {
        private final Recorder rec;
        private final LocalVariables scope;
        private final List<SqlType> slotTypes;
        /** Loop labels inside the tree -> node id (LEAVE and ITERATE may name only these). */
        private final Map<Object, Integer> loopIds = new HashMap<>();
        final BitSet used = new BitSet();

        Builder(Recorder rec, LocalVariables scope, List<SqlType> slotTypes) {
            this.rec = rec;
            this.scope = scope;
            this.slotTypes = slotTypes;
        }

        /** The node for {@code s}, or null when it does not qualify. */
        Node statement(ProcedureStatement s) {
            Object code = rec.emitted.get(s);
            if (code == null) return null;
            return switch (s) {
                case RoutineSqlStatement sql -> set(sql, code);
                case If i -> ifNode(i, code);
                case io.sprocket.sql.ast.While w -> loop(w, w.statements(), w.condition(), null, (LoopCode) code);
                case io.sprocket.sql.ast.Repeat r -> loop(r, r.statements(), null, r.until(), (LoopCode) code);
                case io.sprocket.sql.ast.Loop l -> loop(l, l.statements(), null, null, (LoopCode) code);
                case Leave l -> jump((JumpCode) code, true);
                case Iterate i -> jump((JumpCode) code, false);
                default -> null;
            };
        }

        private Node[] statements(List<ProcedureStatement> list) {
            List<Node> out = new ArrayList<>();
            for (ProcedureStatement s : list) {
                Node n = statement(s);
                if (n == null) return null;
                if (n instanceof Seq seq) out.addAll(List.of(seq.nodes));
                else out.add(n);
            }
            return out.toArray(new Node[0]);
        }

        @SuppressWarnings("unchecked")
        private Node set(RoutineSqlStatement sql, Object code) {
            if (!(sql.statement() instanceof SetVariables set)) return null;
            List<Step.SetLocal> steps = (List<Step.SetLocal>) code;
            List<VariableAssignment> assignments = set.assignments();
            if (steps.size() != assignments.size()) return null;
            Node[] nodes = new Node[steps.size()];
            for (int i = 0; i < nodes.length; i++) {
                Step.SetLocal step = steps.get(i);
                if (!(assignments.get(i) instanceof SystemVariableAssignment a)) return null;
                long[] range = range(slotTypes.get(step.slot));
                if (range == null) return null;
                LongExpr e = expr(a.value());
                if (e == null) return null;
                used.set(step.slot);
                nodes[i] = SetNode.of(step.slot, e, range[0], range[1], step.pc);
            }
            return nodes.length == 1 ? nodes[0] : new Seq(nodes);
        }

        @SuppressWarnings("unchecked")
        private Node ifNode(If s, Object code) {
            List<Step.JumpIfNot> tests = (List<Step.JumpIfNot>) code;
            int n = s.branches().size();
            Cond[] conds = new Cond[n];
            Node[][] bodies = new Node[n][];
            for (int i = 0; i < n; i++) {
                conds[i] = cond(s.branches().get(i).condition(), tests.get(i).pc);
                bodies[i] = statements(s.branches().get(i).statements());
                if (conds[i] == null || bodies[i] == null) return null;
            }
            Node[] otherwise = statements(s.otherwise());
            return otherwise == null ? null : new IfNode(conds, bodies, otherwise);
        }

        private Node loop(ProcedureStatement s, List<ProcedureStatement> body, Expression whileCond, Expression until,
                          LoopCode code) {
            int id = loopIds.size() + 1;
            loopIds.put(code.label(), id);
            try {
                Node[] nodes = statements(body);
                if (nodes == null) return null;
                if (whileCond != null) {
                    Cond c = cond(whileCond, code.test().pc);
                    return c == null ? null : new WhileNode(id, c, nodes, code.head());
                }
                if (until != null) {
                    Cond c = cond(until, code.test().pc);
                    return c == null ? null : new RepeatNode(id, nodes, c, code.head());
                }
                return new LoopNode(id, nodes, code.head());
            } finally {
                loopIds.remove(code.label());
            }
        }

        private Node jump(JumpCode code, boolean leave) {
            Integer id = loopIds.get(code.label());
            if (id == null || !code.jump().isPlain()) return null;
            return new Jump(leave ? id : -id);
        }

        /** An integer expression over signed-integer variables and literals, or null. */
        LongExpr expr(Expression e) {
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
                LongExpr x = expr(u.operand());
                return x == null ? null : new Negate(x);
            }
            if (e instanceof BinaryOperation b) {
                if (b.operator().isComparison() || isLogical(b.operator())) {
                    Cond c = cond(e, -1);
                    return c == null ? null : new CondValue(c);
                }
                LongExpr l = expr(b.left());
                LongExpr r = expr(b.right());
                if (l == null || r == null) return null;
                return switch (b.operator()) {
                    case ADD -> r instanceof Const k ? new AddConst(l, k.value) : new Add(l, r);
                    case SUBTRACT -> r instanceof Const k && k.value != Long.MIN_VALUE ? new AddConst(l, -k.value) : new Subtract(l, r);
                    case MULTIPLY -> new Multiply(l, r);
                    case MODULO -> r instanceof Const k && k.value != 0 && Math.abs(k.value) <= Integer.MAX_VALUE
                            ? (l instanceof Var x ? new VarModConst(x.slot, Math.abs(k.value)) : new ModConst(l, Math.abs(k.value)))
                            : new Modulo(l, r);
                    default -> null;
                };
            }
            if (e instanceof UnaryOperation u && u.operator() == UnaryOperator.NOT) {
                Cond c = cond(e, -1);
                return c == null ? null : new CondValue(c);
            }
            return null;
        }

        /** A condition; {@code pc} is the instruction to resume at when it cannot decide (-1 inside a value). */
        Cond cond(Expression e, int pc) {
            Cond c = condition(e);
            if (c == null) return null;
            c.pc = pc;
            return c;
        }

        private Cond condition(Expression e) {
            if (e instanceof BinaryOperation b && b.operator().isComparison()) {
                LongExpr l = expr(b.left());
                LongExpr r = expr(b.right());
                if (l == null || r == null) return null;
                int op = comparison(b.operator());
                if (l instanceof Var v && r instanceof Var w) return new CompareVars(op, v.slot, w.slot);
                if (l instanceof Var v && r instanceof Const k) return new CompareVarConst(op, v.slot, k.value);
                if (r instanceof Const k) return new CompareConst(op, l, k.value);
                return new Compare(op, l, r);
            }
            if (e instanceof BinaryOperation b && isLogical(b.operator())) {
                Cond l = condition(b.left());
                Cond r = condition(b.right());
                if (l == null || r == null) return null;
                return new Logical(b.operator(), l, r);
            }
            if (e instanceof UnaryOperation u && u.operator() == UnaryOperator.NOT) {
                Cond c = condition(u.operand());
                return c == null ? null : new Not(c);
            }
            LongExpr x = expr(e);
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
        private final int setFlag;

        Accelerated(Step original, int head, int end, Node root, int[] slots, int frameSize) {
            this.original = original;
            this.head = head;
            this.end = end;
            this.root = root;
            this.slots = slots;
            this.vars = new long[frameSize + 1];
            this.setFlag = frameSize;
            this.continueAt = original.continueAt;
            this.pc = original.pc;
            root.bind(this);
        }

        int end() { return end; }

        /** The session's interrupt flag, read by loops every few thousand iterations. */
        private io.sprocket.engine.expr.ExecContext ctx;

        boolean interrupted() {
            return ctx.session().functionContext().interrupted();
        }

        @Override
        int run(Invocation inv) {
            Object[] frame = inv.frame;
            long[] v = vars;
            for (int s : slots) {
                if (!(frame[s] instanceof Long l)) return original.run(inv);
                v[s] = l;
            }
            v[setFlag] = 0;
            ctx = inv.ctx;
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
            if (v[setFlag] != 0) inv.host.clearDiagnostics();
            if (stopped != null && stopped.interrupt) inv.ctx.checkInterrupted();
            return next == head ? original.run(inv) : next;
        }

        @Override
        String describe() {
            return original.describe();
        }
    }

    /** A statement of the tree; returns 0, or +id / -id for LEAVE / ITERATE of the loop with that id. */
    abstract static class Node {
        abstract int exec(long[] v);

        /** Hands loops the instruction that runs the tree (for the interrupt check). */
        void bind(Accelerated a) {
        }
    }

    static int run(Node[] body, long[] v) {
        for (Node n : body) {
            int r = n.exec(v);
            if (r != 0) return r;
        }
        return 0;
    }

    static void bind(Node[] body, Accelerated a) {
        for (Node n : body) n.bind(a);
    }

    private static final class Seq extends Node {
        final Node[] nodes;

        Seq(Node[] nodes) {
            this.nodes = nodes;
        }

        @Override int exec(long[] v) { return run(nodes, v); }

        @Override void bind(Accelerated a) { IntegerLoops.bind(nodes, a); }
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

        @Override void bind(Accelerated a) { flag = a.setFlag; }

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

        @Override void bind(Accelerated a) {
            for (Node[] b : bodies) IntegerLoops.bind(b, a);
            IntegerLoops.bind(otherwise, a);
        }
    }

    /** The loops: LEAVE of their own id ends them, ITERATE continues; others pass outwards. */
    private abstract static class LoopBase extends Node {
        private static final int CHECK_EVERY = 0xfff;
        final int id;
        final Node[] body;
        /** Where the ordinary code resumes after KILL QUERY was seen (an iteration's start). */
        final Deopt interrupt;
        Accelerated owner;

        LoopBase(int id, Node[] body, int iterationPc) {
            this.id = id;
            this.body = body;
            this.interrupt = new Deopt(iterationPc, true);
        }

        @Override void bind(Accelerated a) {
            owner = a;
            IntegerLoops.bind(body, a);
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
