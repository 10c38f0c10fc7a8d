package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.Objects;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import java.util.function.Function;

/**
 * A built-in scalar function as the analyzer sees it: its name, how many arguments it takes, how its result
 * type follows from its arguments, whether it is deterministic, and how to bind a call site.
 *
 * @param maxArgs {@link #VARIADIC} when unbounded
 * @param deterministic false for NOW-style per-statement values as well as RAND, UUID, SYSDATE...: the planner
 *                      must not fold them into constants across rows (NOW() is still constant in a statement)
 */
public record FunctionDefinition(String name, int minArgs, int maxArgs, boolean deterministic,
                                 ResultTypeRule resultType, Function<Collation, ? extends ScalarFunction> binder) {
    public static final int VARIADIC = Integer.MAX_VALUE;

    public FunctionDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(resultType);
        Objects.requireNonNull(binder);
    }

    public boolean acceptsArgumentCount(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    /** Throws ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT (1582) unless {@code count} arguments fit. */
    public void checkArgumentCount(int count) {
        if (!acceptsArgumentCount(count)) {
            throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, name);
        }
    }

    /** The call's result type for result-set metadata; {@code constants} as in {@link ResultTypeRule#infer}. */
    public io.sprocket.engine.type.SqlType inferType(java.util.List<io.sprocket.engine.type.SqlType> argumentTypes,
                                                     Object[] constants) {
        return resultType.infer(argumentTypes, constants);
    }

    /** A fresh implementation for one call site comparing strings under the default collation. */
    public ScalarFunction bind(int argumentCount) {
        return bind(argumentCount, CollationRegistry.defaultCollation());
    }

    /**
     * A fresh implementation for one call site (per-site caches live in it). {@code collation} is the collation
     * MySQL derives for the string arguments (LIKE, STRCMP, INSTR, FIELD, GREATEST... compare under it).
     */
    public ScalarFunction bind(int argumentCount, Collation collation) {
        checkArgumentCount(argumentCount);
        return binder.apply(Objects.requireNonNull(collation));
    }
}
