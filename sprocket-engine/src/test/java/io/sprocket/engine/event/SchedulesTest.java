package io.sprocket.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.catalog.EventIntervals;
import io.sprocket.engine.error.SqlException;
import io.sprocket.sql.ast.IntervalUnit;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** EVERY intervals (normalised counts and their text) and the STARTS + k * interval rule. */
class SchedulesTest {
    private static long at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
    }

    private static EventDef every(long value, IntervalUnit unit, String starts, String ends) {
        return new EventDef("d", "e", "root", "localhost", null, value, unit, at(starts), ends == null ? null : at(ends),
                EventDef.Status.ENABLED, false, "", "SELECT 1", 0, "+00:00", "utf8mb4", "utf8mb4_0900_ai_ci",
                "utf8mb4_0900_ai_ci", 0, 0, null, 1, null);
    }

    @Test
    void compoundIntervalsAreKeptInTheirSmallestPart() {
        assertThat(EventIntervals.normalize("1:90", IntervalUnit.HOUR_MINUTE)).isEqualTo(150);
        assertThat(EventIntervals.text(150, IntervalUnit.HOUR_MINUTE)).isEqualTo("'2:30'");
        assertThat(EventIntervals.normalize("1-14", IntervalUnit.YEAR_MONTH)).isEqualTo(26);
        assertThat(EventIntervals.text(26, IntervalUnit.YEAR_MONTH)).isEqualTo("'2-2'");
        assertThat(EventIntervals.text(EventIntervals.normalize("0 0:0:61", IntervalUnit.DAY_SECOND),
                IntervalUnit.DAY_SECOND)).isEqualTo("'0 0:1:1'");
        assertThat(EventIntervals.text(EventIntervals.normalize("25:00:01", IntervalUnit.HOUR_SECOND),
                IntervalUnit.HOUR_SECOND)).isEqualTo("'25:0:1'");
        // fewer groups than the unit has are aligned to the right
        assertThat(EventIntervals.normalize("5", IntervalUnit.DAY_MINUTE)).isEqualTo(5);
    }

    @Test
    void simpleIntervalsAreIntegers() {
        assertThat(EventIntervals.normalize(3L, IntervalUnit.QUARTER)).isEqualTo(3);
        assertThat(EventIntervals.normalize(new BigDecimal("1.5"), IntervalUnit.HOUR)).isEqualTo(2);
        assertThat(EventIntervals.normalize("1.5", IntervalUnit.SECOND)).isEqualTo(1);
        assertThat(EventIntervals.text(3, IntervalUnit.QUARTER)).isEqualTo("3");
    }

    @Test
    void intervalLimits() {
        assertThat(EventIntervals.normalize(1_000_000_000L, IntervalUnit.SECOND)).isEqualTo(1_000_000_000L);
        for (Object bad : new Object[] {0L, -1L, 1_000_000_001L, "abc", "-1:00"}) {
            IntervalUnit unit = bad instanceof String s && s.contains(":") ? IntervalUnit.HOUR_MINUTE : IntervalUnit.DAY;
            assertThatThrownBy(() -> EventIntervals.normalize(bad, unit)).isInstanceOf(SqlException.class)
                    .hasMessage("INTERVAL is either not positive or too big");
        }
        assertThatThrownBy(() -> EventIntervals.normalize(1L, IntervalUnit.MICROSECOND))
                .hasMessage("This version of MySQL doesn't yet support 'MICROSECOND'");
        assertThatThrownBy(() -> EventIntervals.normalize(null, IntervalUnit.DAY))
                .hasMessage("Incorrect INTERVAL value: 'NULL'");
    }

    @Test
    void recurringRunsAtStartsPlusMultiplesOfTheInterval() {
        EventDef e = every(90, IntervalUnit.SECOND, "2030-01-01 00:00:00", null);
        assertThat(Schedules.next(e, at("2029-12-31 23:00:00"))).isEqualTo(at("2030-01-01 00:00:00"));
        assertThat(Schedules.next(e, at("2030-01-01 00:00:00"))).isEqualTo(at("2030-01-01 00:00:00"));
        assertThat(Schedules.next(e, at("2030-01-01 00:00:01"))).isEqualTo(at("2030-01-01 00:01:30"));
        // missed runs are skipped: the next one is the first not before the time asked about
        assertThat(Schedules.next(e, at("2030-01-01 01:00:00"))).isEqualTo(at("2030-01-01 01:00:00"));
        assertThat(Schedules.next(e, at("2030-01-01 01:00:01"))).isEqualTo(at("2030-01-01 01:01:30"));
    }

    @Test
    void monthlyIntervalsFollowTheCalendar() {
        EventDef e = every(1, IntervalUnit.MONTH, "2030-01-31 10:00:00", null);
        assertThat(Schedules.next(e, at("2030-02-01 00:00:00"))).isEqualTo(at("2030-02-28 10:00:00"));
        assertThat(Schedules.next(e, at("2030-03-01 00:00:00"))).isEqualTo(at("2030-03-31 10:00:00"));
        EventDef q = every(1, IntervalUnit.QUARTER, "2030-01-15 00:00:00", null);
        assertThat(Schedules.next(q, at("2030-01-15 00:00:01"))).isEqualTo(at("2030-04-15 00:00:00"));
        assertThat(Schedules.next(q, at("2031-05-01 00:00:00"))).isEqualTo(at("2031-07-15 00:00:00"));
    }

    @Test
    void nothingPastEnds() {
        EventDef e = every(1, IntervalUnit.HOUR, "2030-01-01 00:00:00", "2030-01-01 02:30:00");
        assertThat(Schedules.next(e, at("2030-01-01 01:30:00"))).isEqualTo(at("2030-01-01 02:00:00"));
        assertThat(Schedules.next(e, at("2030-01-01 02:00:01"))).isNull();
    }

    @Test
    void oneTimeEventsRunOnce() {
        EventDef e = new EventDef("d", "e", "root", "localhost", at("2030-01-01 00:00:00"), 0, null, null, null,
                EventDef.Status.ENABLED, true, "", "SELECT 1", 0, "+00:00", "utf8mb4", "utf8mb4_0900_ai_ci",
                "utf8mb4_0900_ai_ci", 0, 0, null, 1, null);
        assertThat(Schedules.next(e, at("2031-01-01 00:00:00"))).isEqualTo(at("2030-01-01 00:00:00"));
        assertThat(Schedules.next(e.withLastExecuted(at("2030-01-01 00:00:00")), at("2031-01-01 00:00:00"))).isNull();
    }
}
