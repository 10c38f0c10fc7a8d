package io.sprocket.engine.routine;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.Values;
import io.sprocket.sql.ast.ParameterMode;
import io.sprocket.sql.ast.RoutineSqlStatement;
import java.util.List;

/**
 * One instruction of a compiled routine. {@link #run} executes it and returns the index of the next instruction;
 * names are resolved (variables to frame slots, labels to instruction indexes, cursors and handlers to table
 * entries) when the program is compiled, never while it runs.
 */
public abstract class Step {
    /** The instruction a CONTINUE handler resumes at when this one raised the condition. */
    int continueAt;
    /** This instruction's own index in the program. */
    int pc;

    abstract int run(Invocation inv);

    /** One line of the program listing. */
    abstract String describe();

    /** {@code SET var = expr} (and DECLARE ... DEFAULT): stores the value with the variable's type rules. */
    static final class SetLocal extends Step {
        final int slot;
        final Evaluator value;
        final SqlType type;
        final String name;
        final String text;
        /** A parameter keeps the notes of its conversion (DECIMAL rounding); a DECLAREd variable does not. */
        final boolean parameter;
        /** The value's fused integer form, tried first (see {@link FastIntegers}), or null. */
        final FastIntegers.Shape shape;

        SetLocal(int slot, Evaluator value, FastIntegers.Shape shape, SqlType type, String name, String text,
                 boolean parameter) {
            this.shape = shape;
            this.parameter = parameter;
            this.slot = slot;
            this.value = value;
            this.type = type;
            this.name = name;
            this.text = text;
        }

        @Override int run(Invocation inv) {
            inv.host.clearDiagnostics();
            Object[] frame = inv.frame;
            Object v = shape != null ? shape.eval(frame) : null;
            try {
                if (v == null) v = inv.evaluateForStore(value);
                frame[slot] = parameter ? inv.store(v, type, name) : inv.storeVariable(v, type, name);
            } catch (SqlException e) {
                frame[slot] = null;  // as MySQL: a SET that fails leaves the variable NULL
                throw e;
            }
            if (inv.hasHandlers()) inv.afterStatement();
            return continueAt;
        }

        @Override String describe() { return "set " + name + "@" + slot + " " + text; }
    }

    /** Conditional jump: to {@code target} unless the condition is true (NULL is not true). */
    static final class JumpIfNot extends Step {
        final Evaluator condition;
        /** The condition's fused integer form, tried first (see {@link FastIntegers}), or null. */
        final FastIntegers.Shape shape;
        int target;
        final String text;

        JumpIfNot(Evaluator condition, FastIntegers.Shape shape, String text) {
            this.condition = condition;
            this.shape = shape != null && shape.isComparison() ? shape : null;
            this.text = text;
        }

        @Override int run(Invocation inv) {
            if (shape != null) {
                int t = shape.test(inv.frame);
                if (t == 1) return inv.pc + 1;
                if (t == 0) {
                    if (target <= inv.pc) inv.ctx.checkInterrupted();
                    return target;
                }
            }
            Object v = condition.eval(null, inv.ctx);
            if (target <= inv.pc) inv.ctx.checkInterrupted();  // REPEAT ... UNTIL: KILL QUERY stops it
            if (v instanceof Long l) return l != 0 ? inv.pc + 1 : target;
            return v != null && Values.isTrue(v, inv.ctx.warnings()) ? inv.pc + 1 : target;
        }

        @Override String describe() { return "jump_if_not " + target + "(" + continueAt + ") " + text; }
    }

    /**
     * Unconditional jump; when it leaves blocks (LEAVE, ITERATE, the end of a loop body) it first pops the
     * handler groups and closes the cursors of the blocks it leaves.
     */
    static final class Jump extends Step {
        int target;
        final int handlerDepth;
        final int cursorBase;
        final int cursorLimit;

        Jump(int handlerDepth, int cursorBase, int cursorLimit) {
            this.handlerDepth = handlerDepth;
            this.cursorBase = cursorBase;
            this.cursorLimit = cursorLimit;
        }

        /** True when the jump pops no handlers and closes no cursors (a pure transfer of control). */
        boolean isPlain() {
            return handlerDepth < 0 && cursorBase >= cursorLimit;
        }

        @Override int run(Invocation inv) {
            if (handlerDepth >= 0) inv.popHandlers(handlerDepth);
            if (cursorBase < cursorLimit) inv.closeCursors(cursorBase, cursorLimit);
            if (target <= inv.pc) inv.ctx.checkInterrupted();  // a loop: KILL QUERY stops it
            return target;
        }

        @Override String describe() {
            String pops = (handlerDepth >= 0 ? " hpop_to " + handlerDepth : "")
                    + (cursorBase < cursorLimit ? " cpop " + cursorBase + ".." + (cursorLimit - 1) : "");
            return "jump " + target + pops;
        }
    }

    /** Simple CASE: evaluates the operand once into a hidden slot. */
    static final class CaseNoMatch extends Step {
        @Override int run(Invocation inv) {
            throw new SqlException(ErrorCode.ER_SP_CASE_NOT_FOUND);
        }

        @Override String describe() { return "error 1339 (case not found)"; }
    }

    /** Activates the handlers declared by a block (for the rest of the block). */
    static final class PushHandlers extends Step {
        final Program.HandlerGroup group;

        PushHandlers(Program.HandlerGroup group) {
            this.group = group;
        }

        @Override int run(Invocation inv) {
            inv.pushHandlers(group);
            return inv.pc + 1;
        }

        @Override String describe() { return "hpush " + group.describe(); }
    }

    /** The end of a handler body: back to the raising statement's successor (CONTINUE) or the block end (EXIT). */
    static final class HandlerReturn extends Step {
        final Program.Handler handler;

        HandlerReturn(Program.Handler handler) {
            this.handler = handler;
        }

        @Override int run(Invocation inv) {
            return inv.handlerReturn();
        }

        @Override String describe() { return "hreturn " + handler.action().name().toLowerCase(); }
    }

    /** RETURN expr of a function: converted to the RETURNS type. */
    static final class Return extends Step {
        final Evaluator value;
        final String text;

        Return(Evaluator value, String text) {
            this.value = value;
            this.text = text;
        }

        @Override int run(Invocation inv) {
            inv.returnValue(inv.evaluateForStore(value));
            return inv.program.code.length;
        }

        @Override String describe() { return "freturn " + text; }
    }

    /** An ordinary SQL statement; {@code into} holds SELECT ... INTO targets resolved to slots or user variables. */
    public static final class Sql extends Step {
        final RoutineSqlStatement statement;
        final LocalVariables locals;
        final List<Target> into;
        /** The session's compiled plan for this statement (per program, so per session), or null. */
        public Object cachedPlan;
        /** The catalog version {@link #cachedPlan} was compiled against. */
        public long cachedVersion;

        Sql(RoutineSqlStatement statement, LocalVariables locals, List<Target> into) {
            this.statement = statement;
            this.locals = locals;
            this.into = into;
        }

        public RoutineSqlStatement statement() { return statement; }

        public LocalVariables locals() { return locals; }

        /** SELECT ... INTO targets, empty for other statements. */
        public List<Target> into() { return into; }

        @Override int run(Invocation inv) {
            inv.host.execute(this, inv);
            inv.host.statementEnded(inv.ctx);
            inv.afterStatement();
            return continueAt;
        }

        @Override String describe() { return "stmt " + statement.sourceText().replaceAll("\\s+", " "); }
    }

    /** Where an INTO / FETCH / OUT value goes: a routine variable's slot or a user variable. */
    public record Target(int slot, SqlType type, String name, String userVariable) {
        public boolean isUserVariable() { return userVariable != null; }
    }

    /** OPEN cursor: runs its query now, with the variables' current values. */
    public static final class OpenCursor extends Step {
        final int cursor;
        final Program.CursorDef def;
        /** The session's compiled plan for the cursor's query, or null. */
        public Object cachedPlan;
        /** The catalog version {@link #cachedPlan} was compiled against. */
        public long cachedVersion;

        OpenCursor(int cursor, Program.CursorDef def) {
            this.cursor = cursor;
            this.def = def;
        }

        public Program.CursorDef cursorDef() { return def; }

        @Override int run(Invocation inv) {
            inv.openCursor(this);
            return continueAt;
        }

        @Override String describe() { return "copen " + def.name() + "@" + cursor; }
    }

    static final class Fetch extends Step {
        final int cursor;
        final String name;
        final Target[] targets;

        Fetch(int cursor, String name, Target[] targets) {
            this.cursor = cursor;
            this.name = name;
            this.targets = targets;
        }

        @Override int run(Invocation inv) {
            inv.fetch(cursor, targets);
            return continueAt;
        }

        @Override String describe() {
            StringBuilder sb = new StringBuilder("cfetch " + name + "@" + cursor);
            for (Target t : targets) sb.append(' ').append(t.name()).append('@').append(t.slot());
            return sb.toString();
        }
    }

    static final class CloseCursor extends Step {
        final int cursor;
        final String name;

        CloseCursor(int cursor, String name) {
            this.cursor = cursor;
            this.name = name;
        }

        @Override int run(Invocation inv) {
            inv.closeCursor(cursor, true);
            return continueAt;
        }

        @Override String describe() { return "cclose " + name + "@" + cursor; }
    }

    /** SIGNAL / RESIGNAL, with their condition information items evaluated at run time. */
    static final class Signal extends Step {
        final Signals.Spec spec;

        Signal(Signals.Spec spec) {
            this.spec = spec;
        }

        @Override int run(Invocation inv) {
            Signals.raise(spec, inv);
            return continueAt;
        }

        @Override String describe() { return spec.describe(); }
    }

    /** GET [CURRENT | STACKED] DIAGNOSTICS. */
    static final class Diagnostics extends Step {
        final Signals.DiagnosticsSpec spec;

        Diagnostics(Signals.DiagnosticsSpec spec) {
            this.spec = spec;
        }

        @Override int run(Invocation inv) {
            Signals.getDiagnostics(spec, inv);
            return continueAt;
        }

        @Override String describe() { return spec.describe(); }
    }

    /** The mode of each parameter, for the listing. */
    static String mode(ParameterMode m) {
        return m == null ? "IN" : m.name();
    }
}
