package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ON SCHEDULE AT timestamp} or {@code ON SCHEDULE EVERY interval unit [STARTS timestamp] [ENDS timestamp]}.
 * The timestamps are expressions (typically {@code CURRENT_TIMESTAMP + INTERVAL n unit}), evaluated when the
 * statement runs.
 *
 * @param at       the one-time execution time; null for a recurring schedule
 * @param every    the interval quantity of a recurring schedule; null for AT
 * @param unit     the unit of {@code every}; null for AT
 * @param starts   nullable
 * @param ends     nullable
 */
public record EventSchedule(Expression at, Expression every, IntervalUnit unit, Expression starts, Expression ends)
        implements Node {
    public EventSchedule {
        if ((at == null) == (every == null)) throw new IllegalArgumentException("exactly one of AT and EVERY");
        if (every != null) Objects.requireNonNull(unit, "unit");
    }

    public boolean recurring() { return every != null; }
}
