package io.sprocket.engine.function;

import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;

/**
 * IF, IFNULL, NULLIF, COALESCE, ISNULL, INTERVAL, ANY_VALUE. These evaluate eagerly over already computed
 * arguments; the expression compiler should short-circuit IF/IFNULL/COALESCE itself when an argument has side
 * effects (SLEEP, LAST_INSERT_ID(x), user variable assignment), as MySQL only evaluates the chosen branch.
 */
final class ControlFunctions {
    private ControlFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.add("if", 3, 3, ResultTypeRule.COMMON_TYPE_SKIP_FIRST,
                (a, c) -> Coercion.isTrue(a[0], c) ? a[1] : a[2]);
        b.add("ifnull", 2, 2, ResultTypeRule.COMMON_TYPE, (a, c) -> a[0] != null ? a[0] : a[1]);
        b.add("nullif", 2, 2, ResultTypeRule.FIRST_ARGUMENT, (a, c) -> {
            if (a[0] == null) return null;
            if (a[1] == null) return a[0];
            return Comparison.compare(a[0], a[1], c) == 0 ? null : a[0];
        });
        b.add("coalesce", 1, VARIADIC, ResultTypeRule.COMMON_TYPE, (a, c) -> {
            for (Object v : a) if (v != null) return v;
            return null;
        });
        b.add("isnull", 1, 1, ResultTypeRule.BOOLEAN, (a, c) -> a[0] == null ? 1L : 0L);
        b.add("interval", 2, VARIADIC, ResultTypeRule.INTEGER, ControlFunctions::interval);
        b.add("any_value", 1, 1, ResultTypeRule.FIRST_ARGUMENT, (a, c) -> a[0]);
    }

    /** INTERVAL(N, N1, N2, ...): how many of the (ascending) Ni are <= N; -1 for a NULL N. */
    private static Object interval(Object[] a, FunctionContext c) {
        if (a[0] == null) return -1L;
        double n = Coercion.toDouble(a[0], c);
        long result = 0;
        for (int i = 1; i < a.length; i++) {
            // A NULL bound counts as below N (it sorts first).
            if (a[i] == null || Coercion.toDouble(a[i], c) <= n) result = i;
            else break;
        }
        return result;
    }
}
