package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import java.util.Comparator;
import java.util.Objects;

/**
 * A built-in aggregate: name, argument count, result type rule, and a factory for per-group accumulators.
 * {@code DISTINCT}, GROUP_CONCAT's separator and ORDER BY arrive as an {@link AggregateCall}.
 */
public record AggregateDefinition(String name, int minArgs, int maxArgs, ResultTypeRule resultType,
                                  Factory factory) {
    public AggregateDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(resultType);
        Objects.requireNonNull(factory);
    }

    /** Builds an accumulator for one group of a call site. */
    @FunctionalInterface
    public interface Factory {
        Accumulator create(AggregateCall call);
    }

    /**
     * How the aggregate is called at one site.
     *
     * @param star           COUNT(*)
     * @param distinct       DISTINCT was written
     * @param separator      GROUP_CONCAT's SEPARATOR (',' by default)
     * @param orderBy        GROUP_CONCAT / JSON_ARRAYAGG ordering of the rows' argument arrays, or null for arrival
     *                       order
     * @param collation      how MIN/MAX and DISTINCT compare character strings (the argument's collation)
     * @param valueArguments how many leading arguments are the aggregated values (-1: all); the executor appends
     *                       ORDER BY keys after them so that the comparator can see them
     */
    public record AggregateCall(boolean star, boolean distinct, String separator, Comparator<Object[]> orderBy,
                                Collation collation, int valueArguments) {
        public static final AggregateCall PLAIN = new AggregateCall(false, false, ",", null);
        public static final AggregateCall STAR = new AggregateCall(true, false, ",", null);
        public static final AggregateCall DISTINCT = new AggregateCall(false, true, ",", null);

        public AggregateCall {
            Objects.requireNonNull(separator);
            Objects.requireNonNull(collation);
        }

        /** A call whose arguments are all values, comparing strings under the default collation. */
        public AggregateCall(boolean star, boolean distinct, String separator, Comparator<Object[]> orderBy) {
            this(star, distinct, separator, orderBy, CollationRegistry.defaultCollation(), -1);
        }

        public AggregateCall withCollation(Collation c) {
            return new AggregateCall(star, distinct, separator, orderBy, c, valueArguments);
        }

        public AggregateCall withValueArguments(int count) {
            return new AggregateCall(star, distinct, separator, orderBy, collation, count);
        }

        /** The number of value arguments out of {@code total} passed to add(). */
        int values(int total) {
            return valueArguments < 0 ? total : Math.min(valueArguments, total);
        }
    }

    public void checkArgumentCount(int count) {
        if (count < minArgs || count > maxArgs) throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, name);
    }

    public Accumulator newAccumulator(AggregateCall call) {
        return factory.create(Objects.requireNonNull(call));
    }
}
