package io.sprocket.engine.event;

import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.catalog.EventIntervals;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When an event runs next. A one-time event runs at its AT time (at once when that has passed and it has not run). A recurring event runs at STARTS + k * interval
 * (k = 0, 1, ...), monthly units by calendar months in the event's time zone; the scheduler takes the first such
 * time not before the time it asks about, so runs missed while the scheduler was off are skipped, as in MySQL.
 */
public final class Schedules {
    private Schedules() {
    }

    /**
     * The first execution time at or after {@code from} (seconds since the epoch), or null when the schedule has
     * none left (past ENDS).
     */
    public static Long next(EventDef e, long from) {
        if (!e.recurring()) {
            // a one-time event runs once: enabled again after its run, it is over (MySQL drops or disables it)
            return e.lastExecuted() != null && e.lastExecuted() >= e.executeAt() ? null : e.executeAt();
        }
        long starts = e.starts();
        long next;
        if (from <= starts) {
            next = starts;
        } else if (EventIntervals.monthly(e.intervalField())) {
            next = nextMonthly(e, starts, from);
        } else {
            long step = EventIntervals.length(e.intervalValue(), e.intervalField());
            long k = Math.ceilDiv(from - starts, step);
            next = starts + k * step;
        }
        if (e.ends() != null && next > e.ends()) return null;
        return next;
    }

    private static long nextMonthly(EventDef e, long starts, long from) {
        ZoneId zone = e.zone();
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochSecond(starts), zone);
        LocalDateTime target = LocalDateTime.ofInstant(Instant.ofEpochSecond(from), zone);
        long step = EventIntervals.length(e.intervalValue(), e.intervalField());
        long months = (target.getYear() - start.getYear()) * 12L + (target.getMonthValue() - start.getMonthValue());
        long k = Math.max(0, months / step - 1);
        while (true) {
            long t = start.plusMonths(k * step).atZone(zone).toEpochSecond();
            if (t >= from) return t;
            k++;
        }
    }
}
