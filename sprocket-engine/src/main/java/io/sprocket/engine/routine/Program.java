package io.sprocket.engine.routine;

import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.HandlerAction;
import io.sprocket.sql.ast.Select;
import java.util.List;

/**
 * A routine compiled once: an instruction array over a frame of variable slots (parameters first), the
 * handler groups its blocks activate, and its cursors. Immutable after compilation except for the plan caches
 * of its SQL steps, which belong to the one session that compiled it.
 */
public final class Program {
    final RoutineDef definition;
    final Step[] code;
    final int frameSize;
    final String[] slotNames;
    final SqlType[] slotTypes;
    final CursorDef[] cursors;
    /** The catalog version the program was compiled against; a newer catalog means compiling again. */
    final long catalogVersion;

    /** A function whose whole body is integer work also runs as a tree (see {@link IntegerLoops}), or null. */
    final IntegerLoops.FunctionTree integerBody;

    Program(RoutineDef definition, Step[] code, int frameSize, String[] slotNames, SqlType[] slotTypes,
            CursorDef[] cursors, long catalogVersion, IntegerLoops.FunctionTree integerBody) {
        this.integerBody = integerBody;
        this.definition = definition;
        this.code = code;
        this.frameSize = frameSize;
        this.slotNames = slotNames;
        this.slotTypes = slotTypes;
        this.cursors = cursors;
        this.catalogVersion = catalogVersion;
    }

    public RoutineDef definition() { return definition; }

    public int frameSize() { return frameSize; }

    public long catalogVersion() { return catalogVersion; }

    /**
     * A stored function's value computed without an invocation, when its body is integer work and these
     * arguments let it decide; null when the ordinary call must run (it then starts from the beginning).
     */
    public Object callInteger(Object[] args, io.sprocket.engine.expr.ExecContext ctx) {
        return integerBody == null ? null : integerBody.call(args, ctx);
    }

    public boolean hasIntegerBody() { return integerBody != null; }

    /** True while this (stored function's) program runs in its session: calling it again is recursion (1424). */
    public boolean running;

    /**
     * What the session's invoker needs to enter this routine's security context (its definer and SQL SECURITY),
     * made once per compiled program so that a call does not rebuild it. Owned by the session layer.
     */
    public Object securityDescriptor;

    /** The session's definer stamp at which the definer was last found to hold EXECUTE on this routine; -1 never. */
    public long definerExecuteVerified = -1;

    /**
     * True when a statement of the body may send a result set (a SELECT without INTO, SHOW, a nested CALL, EXECUTE):
     * such a procedure needs a client that accepts several results.
     */
    public boolean returnsResults() {
        for (Step s : code) {
            if (s instanceof Step.Sql q) {
                var st = q.statement().statement();
                if (st instanceof io.sprocket.sql.ast.Select sel && sel.into().isEmpty()
                        || st instanceof io.sprocket.sql.ast.ShowStatement || st instanceof io.sprocket.sql.ast.Call
                        || st instanceof io.sprocket.sql.ast.Execute) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ordinary SQL statements of the program, in order (their plan caches). */
    public List<Step.Sql> sqlSteps() {
        List<Step.Sql> out = new java.util.ArrayList<>();
        for (Step s : code) {
            if (s instanceof Step.Sql q) out.add(q);
        }
        return out;
    }

    /** How a condition is matched: MySQL error number, SQLSTATE, or the SQLWARNING / NOT FOUND / SQLEXCEPTION classes. */
    public record Matcher(Kind kind, int errno, String sqlState) {
        public enum Kind { ERRNO, SQLSTATE, SQLWARNING, NOT_FOUND, SQLEXCEPTION }

        /** Higher is more specific: an error number beats an SQLSTATE, which beats a class. */
        int specificity() {
            return switch (kind) {
                case ERRNO -> 3;
                case SQLSTATE -> 2;
                default -> 1;
            };
        }

        boolean matches(int conditionErrno, String state) {
            return switch (kind) {
                case ERRNO -> conditionErrno == errno;
                case SQLSTATE -> state.equals(sqlState);
                case SQLWARNING -> state.startsWith("01");
                case NOT_FOUND -> state.startsWith("02");
                case SQLEXCEPTION -> !state.startsWith("00") && !state.startsWith("01") && !state.startsWith("02");
            };
        }

        String describe() {
            return switch (kind) {
                case ERRNO -> String.valueOf(errno);
                case SQLSTATE -> "SQLSTATE '" + sqlState + "'";
                case SQLWARNING -> "SQLWARNING";
                case NOT_FOUND -> "NOT FOUND";
                case SQLEXCEPTION -> "SQLEXCEPTION";
            };
        }
    }

    /** A handler: what it catches, where its body starts. */
    public record Handler(HandlerAction action, List<Matcher> matchers, int[] body) {
        int bodyStart() { return body[0]; }
    }

    /**
     * The handlers one block declares. They are active from the block's first statement to its end; an EXIT
     * handler leaves the block: handler depth back to {@code depth}, the block's cursors closed, and execution
     * continues at {@code exitTarget[0]}.
     */
    public record HandlerGroup(int depth, List<Handler> handlers, int[] exitTarget, int cursorBase, int[] cursorLimit) {
        String describe() {
            StringBuilder sb = new StringBuilder("#" + depth + " exit->" + exitTarget[0]);
            for (Handler h : handlers) {
                sb.append(" [").append(h.action().name().toLowerCase()).append(' ');
                for (int i = 0; i < h.matchers().size(); i++) {
                    if (i > 0) sb.append(',');
                    sb.append(h.matchers().get(i).describe());
                }
                sb.append(" -> ").append(h.bodyStart()).append(']');
            }
            return sb.toString();
        }
    }

    /** A declared cursor: its query and the variables in scope where it was declared. */
    public record CursorDef(String name, Select query, io.sprocket.engine.expr.LocalVariables locals) {
    }

    /**
     * A deterministic listing of the program in the spirit of MySQL's SHOW PROCEDURE CODE: one numbered line per
     * instruction, after a header naming each frame slot.
     */
    public String listing() {
        StringBuilder sb = new StringBuilder();
        sb.append(definition.kind().name().toLowerCase()).append(' ').append(definition.schema()).append('.')
                .append(definition.name()).append(" frame=").append(frameSize)
                .append(integerBody != null ? " [integer body]" : "").append('\n');
        for (int i = 0; i < frameSize; i++) {
            sb.append("  slot ").append(i).append(' ').append(slotNames[i]).append(' ')
                    .append(slotTypes[i] == null ? "?" : slotTypes[i].sqlText())
                    .append('\n');
        }
        for (int i = 0; i < code.length; i++) {
            sb.append(i).append('\t').append(code[i].describe());
            if (code[i] instanceof IntegerLoops.Accelerated a) sb.append("\t[integer loop ").append(i).append("..").append(a.end() - 1).append(']');
            sb.append('\n');
        }
        return sb.toString();
    }
}
