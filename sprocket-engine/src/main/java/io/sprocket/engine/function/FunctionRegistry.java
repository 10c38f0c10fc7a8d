package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.sprocket.engine.type.Collation;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Name → definition tables for built-in scalar, aggregate and window functions, looked up case-insensitively.
 * Immutable once built; {@link #standard()} is the MySQL 8.0 library and is shared by every session.
 */
public final class FunctionRegistry {
    private static final FunctionRegistry STANDARD = build();

    private final Map<String, FunctionDefinition> scalars;
    private final Map<String, AggregateDefinition> aggregates;
    private final Map<String, WindowDefinition> windows;

    private FunctionRegistry(Builder b) {
        this.scalars = Map.copyOf(b.scalars);
        this.aggregates = Map.copyOf(b.aggregates);
        this.windows = Map.copyOf(b.windows);
    }

    public static FunctionRegistry standard() {
        return STANDARD;
    }

    public Optional<FunctionDefinition> scalar(String name) {
        return Optional.ofNullable(scalars.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The definition for a call with {@code argumentCount} arguments, or 1582 when the count is wrong. */
    public Optional<FunctionDefinition> resolveScalar(String name, int argumentCount) {
        FunctionDefinition d = scalars.get(name.toLowerCase(Locale.ROOT));
        if (d != null) d.checkArgumentCount(argumentCount);
        return Optional.ofNullable(d);
    }

    public Optional<AggregateDefinition> aggregate(String name) {
        return Optional.ofNullable(aggregates.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<WindowDefinition> window(String name) {
        return Optional.ofNullable(windows.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code name} is any kind of built-in (the analyzer reports 1305/1630 for the rest). */
    public boolean isBuiltin(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return scalars.containsKey(k) || aggregates.containsKey(k) || windows.containsKey(k);
    }

    public Set<String> scalarNames() {
        return scalars.keySet();
    }

    private static FunctionRegistry build() {
        Builder b = new Builder();
        StringFunctions.register(b);
        EncodingFunctions.register(b);
        PatternFunctions.register(b);
        NumericFunctions.register(b);
        ControlFunctions.register(b);
        InfoFunctions.register(b);
        DateTimeFunctions.register(b);
        JsonFunctions.register(b);
        AggregateFunctions.register(b);
        WindowFunctions.register(b);
        return new FunctionRegistry(b);
    }

    /** Collects definitions; each function family adds its own. */
    static final class Builder {
        private final Map<String, FunctionDefinition> scalars = new HashMap<>();
        private final Map<String, AggregateDefinition> aggregates = new HashMap<>();
        private final Map<String, WindowDefinition> windows = new HashMap<>();

        /** A stateless function shared by every call site. */
        Builder add(String name, int min, int max, ResultTypeRule type, ScalarFunction fn) {
            return add(name, min, max, true, type, () -> fn);
        }

        Builder addVolatile(String name, int min, int max, ResultTypeRule type, ScalarFunction fn) {
            return add(name, min, max, false, type, () -> fn);
        }

        Builder add(String name, int min, int max, boolean deterministic, ResultTypeRule type,
                    Supplier<? extends ScalarFunction> binder) {
            return addCollated(name, min, max, deterministic, type, collation -> binder.get());
        }

        /** A function whose string comparisons follow the call site's collation. */
        Builder addCollated(String name, int min, int max, boolean deterministic, ResultTypeRule type,
                            Function<Collation, ? extends ScalarFunction> binder) {
            String k = name.toLowerCase(Locale.ROOT);
            if (scalars.put(k, new FunctionDefinition(k, min, max, deterministic, type, binder)) != null) {
                throw new IllegalStateException("duplicate function " + k);
            }
            return this;
        }

        /** Another name for an existing function (UCASE for UPPER...). */
        Builder alias(String alias, String target) {
            FunctionDefinition d = scalars.get(target);
            if (d == null) throw new IllegalStateException("unknown alias target " + target);
            String k = alias.toLowerCase(Locale.ROOT);
            scalars.put(k, new FunctionDefinition(k, d.minArgs(), d.maxArgs(), d.deterministic(), d.resultType(),
                    d.binder()));
            return this;
        }

        Builder aggregate(AggregateDefinition d) {
            aggregates.put(d.name(), d);
            return this;
        }

        Builder window(WindowDefinition d) {
            windows.put(d.name(), d);
            return this;
        }
    }

    static SqlException wrongArguments(String function) {
        return new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, function);
    }
}
