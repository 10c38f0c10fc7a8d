package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.catalog.EventIntervals;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.Temporals;
import io.sprocket.sql.ast.AlterEvent;
import io.sprocket.sql.ast.CreateEvent;
import io.sprocket.sql.ast.DropEvent;
import io.sprocket.sql.ast.EventSchedule;
import io.sprocket.sql.ast.EventStatement;
import io.sprocket.sql.ast.EventStatus;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.IntervalUnit;
import io.sprocket.storage.KvTransaction;
import java.time.ZoneId;

/**
 * CREATE, ALTER and DROP EVENT (MySQL 8.0 Reference Manual, 15.1.13, 15.1.3, 15.1.25): the EVENT privilege on the
 * event's database (1044), the schedule evaluated and checked (1525 for a time that is not one, 1542 for an
 * interval, 1543 for ENDS not after STARTS, notes 1588 / 1544 and error 1589 for a schedule already over), the
 * definition written in the statement's own storage transaction (DDL commits implicitly) and the new catalog
 * published, after which the scheduler looks again.
 */
final class EventDdl {
    private static final int MAX_NAME = 64;
    /** server_id of the server that created the event (ORIGINATOR); MySQL 8.0's default server_id is 1. */
    private static final long ORIGINATOR = 1;

    private EventDdl() {
    }

    static OkResult run(SessionImpl session, EventStatement statement) {
        boolean changed = StoredObjectDdl.run(session, (txn, before) -> switch (statement) {
            case CreateEvent c -> create(session, txn, before, c);
            case AlterEvent a -> alter(session, txn, before, a);
            case DropEvent d -> drop(session, txn, before, d);
        });
        if (changed) session.engine.eventScheduler().wake();
        return OkResult.EMPTY;
    }

    // ------------------------------------------------------------------ CREATE

    private static Catalog create(SessionImpl session, KvTransaction txn, Catalog catalog, CreateEvent c) {
        String name = c.name().name();
        checkName(name);
        String schema = RoutineDdl.schemaOf(session, c.name());
        AccessChecks.database(session, schema, Privilege.EVENT);
        AccountName definer = Definers.resolve(session, c.definer());
        DatabaseDef db = catalog.database(schema);
        if (db == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, schema);
        long now = session.statementStart().getEpochSecond();
        Schedule schedule = schedule(session, c.schedule(), now);
        boolean preserve = Boolean.TRUE.equals(c.preserve());
        EventDef.Status status = status(c.status(), EventDef.Status.ENABLED);
        if (catalog.event(schema, name) != null) {
            if (!c.ifNotExists()) throw new SqlException(ErrorCode.ER_EVENT_ALREADY_EXISTS, name);
            session.diagnostics.note(ErrorCode.ER_EVENT_ALREADY_EXISTS, name);
            return catalog;
        }
        if (schedule.over(now)) {
            if (!preserve) {
                // MySQL creates nothing and says so with a note (the statement succeeds)
                session.diagnostics.note(ErrorCode.ER_EVENT_CANNOT_CREATE_IN_THE_PAST);
                return catalog;
            }
            // an ENABLE (written or implied) is turned off, with a note; an explicit DISABLE stays as written
            if (c.status() == null || c.status() == EventStatus.ENABLE) {
                session.diagnostics.note(ErrorCode.ER_EVENT_EXEC_TIME_IN_THE_PAST);
                status = EventDef.Status.DISABLED;
            }
        }
        if (c.definer() != null) Definers.checkAndNoteOrphan(session, txn, definer);
        EventDef def = EventRunner.parsed(new EventDef(schema, name, definer.user(), definer.host(), schedule.at,
                schedule.interval, schedule.unit, schedule.starts, schedule.ends, status, preserve,
                c.comment() == null ? "" : c.comment(), c.bodyText(), session.variables.sqlMode(),
                session.variables.timeZone(), session.variables.characterSetClient(),
                session.variables.collationConnection(), db.collation().name(), now, now, null, ORIGINATOR, null));
        EventRunner.validate(session, def);
        CatalogStore.putEvent(txn, def);
        return catalog.withEvent(def);
    }

    // ------------------------------------------------------------------ ALTER

    private static Catalog alter(SessionImpl session, KvTransaction txn, Catalog catalog, AlterEvent a) {
        checkName(a.name().name());
        String schema = RoutineDdl.schemaOf(session, a.name());
        AccessChecks.database(session, schema, Privilege.EVENT);
        // the account that alters an event becomes its definer (MySQL 8.0 Reference Manual, 15.1.3)
        AccountName definer = Definers.resolve(session, a.definerGiven() ? a.definer() : null);
        EventDef old = catalog.event(schema, a.name().name());
        if (old == null) throw new SqlException(ErrorCode.ER_EVENT_DOES_NOT_EXIST, a.name().name());
        String newSchema = schema;
        String newName = old.name();
        if (a.renameTo() != null) {
            newSchema = RoutineDdl.schemaOf(session, a.renameTo());
            newName = a.renameTo().name();
            checkName(newName);
            if (!newSchema.equals(schema)) {
                AccessChecks.database(session, newSchema, Privilege.EVENT);
                if (catalog.database(newSchema) == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, newSchema);
            } else if (EventDef.key(newName).equals(old.key())) {
                throw new SqlException(ErrorCode.ER_EVENT_SAME_NAME);
            }
            if (catalog.event(newSchema, newName) != null) {
                throw new SqlException(ErrorCode.ER_EVENT_ALREADY_EXISTS, newName);
            }
        }
        long now = session.statementStart().getEpochSecond();
        boolean preserve = a.preserve() != null ? a.preserve() : old.preserve();
        EventDef.Status status = status(a.status(), old.status());
        Long at = old.executeAt();
        long interval = old.intervalValue();
        IntervalUnit unit = old.intervalField();
        Long starts = old.starts();
        Long ends = old.ends();
        String timeZone = old.timeZone();
        if (a.schedule() != null) {
            Schedule s = schedule(session, a.schedule(), now);
            if (s.over(now)) {
                if (!preserve) throw new SqlException(ErrorCode.ER_EVENT_CANNOT_ALTER_IN_THE_PAST);
                if (a.status() == null || a.status() == EventStatus.ENABLE) {
                    session.diagnostics.note(ErrorCode.ER_EVENT_EXEC_TIME_IN_THE_PAST);
                    status = EventDef.Status.DISABLED;
                }
            }
            at = s.at;
            interval = s.interval;
            unit = s.unit;
            starts = s.starts;
            ends = s.ends;
            timeZone = session.variables.timeZone();
        }
        if (a.definerGiven() && a.definer() != null) Definers.checkAndNoteOrphan(session, txn, definer);
        boolean newBody = a.bodyText() != null;
        EventDef def = EventRunner.parsed(new EventDef(newSchema, newName, definer.user(), definer.host(), at, interval,
                unit, starts, ends, status, preserve, a.comment() != null ? a.comment() : old.comment(),
                newBody ? a.bodyText() : old.bodyText(), newBody ? session.variables.sqlMode() : old.sqlMode(),
                timeZone, newBody ? session.variables.characterSetClient() : old.characterSetClient(),
                newBody ? session.variables.collationConnection() : old.collationConnection(),
                catalog.database(newSchema).collation().name(), old.createdSeconds(), now, old.lastExecuted(),
                old.originator(), null));
        if (newBody) EventRunner.validate(session, def);
        CatalogStore.deleteEvent(txn, schema, old.name());
        CatalogStore.putEvent(txn, def);
        return catalog.withoutEvent(schema, old.name()).withEvent(def);
    }

    // ------------------------------------------------------------------ DROP

    private static Catalog drop(SessionImpl session, KvTransaction txn, Catalog catalog, DropEvent d) {
        checkName(d.name().name());
        String schema = RoutineDdl.schemaOf(session, d.name());
        AccessChecks.database(session, schema, Privilege.EVENT);
        EventDef old = catalog.event(schema, d.name().name());
        if (old == null) {
            if (!d.ifExists()) throw new SqlException(ErrorCode.ER_EVENT_DOES_NOT_EXIST, d.name().name());
            session.diagnostics.note(ErrorCode.ER_SP_DOES_NOT_EXIST, "Event", d.name().name());
            return catalog;
        }
        CatalogStore.deleteEvent(txn, schema, old.name());
        return catalog.withoutEvent(schema, old.name());
    }

    // ------------------------------------------------------------------ schedule

    /** An evaluated schedule: AT, or EVERY with STARTS (defaulting to now) and ENDS, as instants. */
    private record Schedule(Long at, long interval, IntervalUnit unit, Long starts, Long ends) {
        /** Whether nothing is left to run: AT or ENDS before now. */
        boolean over(long now) {
            return at != null ? at < now : ends != null && ends < now;
        }
    }

    private static Schedule schedule(SessionImpl session, EventSchedule s, long now) {
        ZoneId zone = session.timeZone();
        if (!s.recurring()) {
            return new Schedule(instant(session, s.at(), zone, "AT"), 0, null, null, null);
        }
        long interval = EventIntervals.normalize(evaluate(session, s.every()), s.unit());
        Long starts = s.starts() == null ? now : instant(session, s.starts(), zone, "STARTS");
        Long ends = null;
        if (s.ends() != null) {
            SqlDateTime end = dateTime(evaluate(session, s.ends()));
            if (end == null) throw new SqlException(ErrorCode.ER_EVENT_ENDS_BEFORE_STARTS);
            ends = end.toLocalDateTime().atZone(zone).toEpochSecond();
            if (ends <= starts) throw new SqlException(ErrorCode.ER_EVENT_ENDS_BEFORE_STARTS);
        }
        return new Schedule(null, interval, s.unit(), starts, ends);
    }

    /** A schedule time as an instant, read in the session's time zone; 1525 when it is not a valid DATETIME. */
    private static long instant(SessionImpl session, Expression e, ZoneId zone, String what) {
        Object v = evaluate(session, e);
        SqlDateTime dt = dateTime(v);
        if (dt == null) {
            String text = v == null ? "NULL" : v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
                    : v.toString();
            throw new SqlException(ErrorCode.ER_WRONG_VALUE, what, text);
        }
        return dt.toLocalDateTime().atZone(zone).toEpochSecond();
    }

    private static SqlDateTime dateTime(Object v) {
        SqlDateTime dt = Temporals.toDateTime(v, Warnings.IGNORE);
        return dt == null || dt.isZero() || dt.hasZeroPart() ? null : dt;
    }

    private static Object evaluate(SessionImpl session, Expression e) {
        StatementEnv env = session.runner().statementEnv();
        return env.compileConstant(e).eval(null, new ExecContext(session, null));
    }

    private static EventDef.Status status(EventStatus s, EventDef.Status otherwise) {
        if (s == null) return otherwise;
        return switch (s) {
            case ENABLE -> EventDef.Status.ENABLED;
            case DISABLE -> EventDef.Status.DISABLED;
            case DISABLE_ON_REPLICA -> EventDef.Status.SLAVESIDE_DISABLED;
        };
    }

    /** ER_SP_WRONG_NAME for an empty name or one ending in a space; ER_TOO_LONG_IDENT past 64 characters. */
    static void checkName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_SP_WRONG_NAME, name);
        if (name.codePointCount(0, name.length()) > MAX_NAME) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
    }

    /**
     * SET GLOBAL event_scheduler: DISABLED can only be chosen at start-up (1231), and a server started with it
     * DISABLED cannot switch the scheduler on or off (1290) (MySQL 8.0 Reference Manual, 27.4.2 Event Scheduler
     * Configuration). {@code value} null: DEFAULT.
     */
    static void checkSchedulerSwitch(SessionImpl s, Object value) {
        var globals = s.engine.globals();
        Object current = globals.value(globals.catalog().require("event_scheduler"));
        if (current != null && current.toString().equalsIgnoreCase("DISABLED")) {
            throw new SqlException(ErrorCode.ER_OPTION_PREVENTS_STATEMENT, "--event-scheduler=DISABLED or --skip-grant-tables");
        }
        if (value == null) return;
        String text = value instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : value.toString();
        if (text.equalsIgnoreCase("DISABLED") || text.equals("2")) {
            throw new SqlException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, "event_scheduler", text);
        }
    }
}
