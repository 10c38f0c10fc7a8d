package io.sprocket.engine.routine;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.type.Values;
import io.sprocket.sql.ast.ConditionInformationItem;
import io.sprocket.sql.ast.ConditionValue;
import io.sprocket.sql.ast.ConditionValueKind;
import io.sprocket.sql.ast.DiagnosticsArea;
import io.sprocket.sql.ast.DiagnosticsAssignment;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.GetDiagnostics;
import io.sprocket.sql.ast.SignalItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** SIGNAL, RESIGNAL and GET DIAGNOSTICS: compiling their items and running them. */
final class Signals {
    private Signals() {
    }

    /** A SIGNAL/RESIGNAL: the (resolved) condition, null for a bare RESIGNAL, and its SET items. */
    record Spec(boolean resignal, ConditionValue condition, Map<ConditionInformationItem, Evaluator> items, String text) {
        String describe() { return text; }
    }

    /** 1407 for an SQLSTATE that is not 5 characters of [0-9A-Z] or that is of class '00'. */
    static void checkSqlState(ConditionValue v) {
        if (v.kind() != ConditionValueKind.SQLSTATE) return;
        String s = v.value();
        boolean ok = s.length() == 5 && !s.startsWith("00");
        for (int i = 0; ok && i < 5; i++) {
            char c = s.charAt(i);
            ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        if (!ok) throw new SqlException(ErrorCode.ER_SP_BAD_SQLSTATE, s);
    }

    static Spec signal(ConditionValue condition, List<SignalItem> items, boolean resignal,
                       Function<ConditionValue, ConditionValue> resolve, Function<Expression, Evaluator> compile) {
        ConditionValue resolved = null;
        if (condition != null) {
            resolved = resolve.apply(condition);
            if (resolved.kind() != ConditionValueKind.SQLSTATE) {
                throw new SqlException(ErrorCode.ER_SIGNAL_BAD_CONDITION_TYPE);
            }
            checkSqlState(resolved);
        }
        Map<ConditionInformationItem, Evaluator> compiled = new EnumMap<>(ConditionInformationItem.class);
        for (SignalItem item : items) {
            if (compiled.containsKey(item.item())) throw new SqlException(ErrorCode.ER_DUP_SIGNAL_SET, item.item().name());
            compiled.put(item.item(), compile.apply(item.value()));
        }
        String text = (resignal ? "resignal" : "signal") + (resolved != null ? " " + resolved.value() : "")
                + (items.isEmpty() ? "" : " set " + items.stream().map(i -> i.item().name()).toList());
        return new Spec(resignal, resolved, compiled, text);
    }

    static void raise(Spec spec, Invocation inv) {
        String state;
        int errno;
        String message;
        Map<String, String> items = new java.util.HashMap<>();
        SqlException handled = null;
        if (spec.resignal()) {
            Invocation.Active a = inv.activeHandler();
            if (a == null) throw new SqlException(ErrorCode.ER_RESIGNAL_WITHOUT_ACTIVE_HANDLER);
            // RESIGNAL passes the handled condition on, with its SQLSTATE and items changed as written.
            handled = a.condition();
            // A new SQLSTATE also takes that class's default error number; the message text stays.
            state = spec.condition() == null ? handled.sqlState() : spec.condition().value();
            errno = spec.condition() == null ? handled.errno() : defaultErrno(state);
            message = handled.getMessage();
            if (handled.conditionItems() != null) items.putAll(handled.conditionItems());
        } else {
            state = spec.condition().value();
            errno = defaultErrno(state);
            message = defaultMessage(state);
        }
        Warnings w = inv.ctx.warnings();
        for (Map.Entry<ConditionInformationItem, Evaluator> e : spec.items().entrySet()) {
            Object v = e.getValue().eval(null, inv.ctx);
            switch (e.getKey()) {
                case MESSAGE_TEXT -> message = itemText(v, "MESSAGE_TEXT");
                case MYSQL_ERRNO -> {
                    long n = v == null ? -1 : Values.toLongValue(v, w);
                    if (v == null || n <= 0 || n > 65535) {
                        throw new SqlException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, "MYSQL_ERRNO", v == null ? "NULL" : Values.toText(v));
                    }
                    errno = (int) n;
                }
                default -> items.put(e.getKey().name(), itemText(v, e.getKey().name()));
            }
        }
        // The resignalled condition replaces the handled one in the diagnostics area.
        if (handled != null) inv.host.removeCondition(handled.errno(), handled.getMessage());
        if (state.startsWith("01")) {
            inv.warning(errno, state, message, items);
            return;
        }
        throw new SqlException(errno, state, message, items);
    }

    /** Condition items are strings; NULL is not allowed (1231). */
    private static String itemText(Object v, String item) {
        if (v == null) throw new SqlException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, item, "NULL");
        String s = Values.toText(v);
        if (s.length() > 128 && item.equals("MESSAGE_TEXT")) {
            throw new SqlException(ErrorCode.ER_COND_ITEM_TOO_LONG, item);
        }
        return s;
    }

    private static int defaultErrno(String state) {
        if (state.startsWith("01")) return ErrorCode.ER_SIGNAL_WARN.errno();
        if (state.startsWith("02")) return ErrorCode.ER_SIGNAL_NOT_FOUND.errno();
        return ErrorCode.ER_SIGNAL_EXCEPTION.errno();
    }

    private static String defaultMessage(String state) {
        if (state.startsWith("01")) return ErrorCode.ER_SIGNAL_WARN.message();
        if (state.startsWith("02")) return ErrorCode.ER_SIGNAL_NOT_FOUND.message();
        return ErrorCode.ER_SIGNAL_EXCEPTION.message();
    }

    // ------------------------------------------------------------------ GET DIAGNOSTICS

    record DiagnosticsSpec(boolean stacked, Evaluator conditionNumber, List<Step.Target> targets, List<String> items,
                           String text) {
        String describe() { return text; }
    }

    static DiagnosticsSpec diagnostics(GetDiagnostics g, Function<Expression, Step.Target> target,
                                       Function<Expression, Evaluator> compile) {
        List<Step.Target> targets = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (DiagnosticsAssignment a : g.assignments()) {
            targets.add(target.apply(a.target()));
            items.add(a.item().toUpperCase(java.util.Locale.ROOT));
        }
        Evaluator n = g.conditionNumber() == null ? null : compile.apply(g.conditionNumber());
        String text = "get " + g.area().name().toLowerCase() + " diagnostics"
                + (n != null ? " condition" : "") + " " + items;
        return new DiagnosticsSpec(g.area() == DiagnosticsArea.STACKED, n, targets, items, text);
    }

    static void getDiagnostics(DiagnosticsSpec spec, Invocation inv) {
        List<Condition> area;
        if (spec.stacked()) {
            Invocation.Active a = inv.activeHandler();
            if (a == null) throw new SqlException(ErrorCode.ER_GET_STACKED_DA_WITHOUT_ACTIVE_HANDLER);
            area = a.stacked();
        } else {
            area = inv.host.diagnostics();
        }
        Object[] values = new Object[spec.items().size()];
        if (spec.conditionNumber() == null) {
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (spec.items().get(i)) {
                    case "NUMBER" -> (long) area.size();
                    case "ROW_COUNT" -> inv.host.rowCount();
                    default -> null;
                };
            }
        } else {
            Object n = spec.conditionNumber().eval(null, inv.ctx);
            long index = n == null ? 0 : Values.toLongValue(n, Warnings.IGNORE);
            if (index < 1 || index > area.size()) {
                // Not a failure of the statement: MySQL records error 1758 in the diagnostics area and assigns nothing.
                inv.host.addCondition(Condition.error(new SqlException(ErrorCode.ER_DA_INVALID_CONDITION_NUMBER)));
                return;
            }
            Condition c = area.get((int) index - 1);
            for (int i = 0; i < values.length; i++) values[i] = conditionItem(c, spec.items().get(i));
        }
        for (int i = 0; i < values.length; i++) inv.assign(spec.targets().get(i), values[i]);
    }

    private static Object conditionItem(Condition c, String item) {
        switch (item) {
            case "RETURNED_SQLSTATE":
                return Invocation.handlerState(c);
            case "MYSQL_ERRNO":
                return (long) c.errno();
            case "MESSAGE_TEXT":
                return c.message();
            default:
                break;
        }
        // A signalled condition has exactly the items its SIGNAL set (empty otherwise); a server condition has
        // the origins of its SQLSTATE class and no others.
        if (c.items() != null) return c.items().getOrDefault(item, "");
        if (item.equals("CLASS_ORIGIN") || item.equals("SUBCLASS_ORIGIN")) {
            return isStandardClass(Invocation.handlerState(c)) ? "ISO 9075" : "MySQL";
        }
        return "";
    }

    /** SQLSTATE classes defined by the SQL standard (CLASS_ORIGIN 'ISO 9075'). */
    private static boolean isStandardClass(String state) {
        char a = state.charAt(0);
        char b = state.charAt(1);
        boolean standardFirst = a >= '0' && a <= '4' || a >= 'A' && a <= 'H';
        boolean standardSecond = b >= '0' && b <= '9' || b >= 'A' && b <= 'H';
        return standardFirst && standardSecond;
    }
}
