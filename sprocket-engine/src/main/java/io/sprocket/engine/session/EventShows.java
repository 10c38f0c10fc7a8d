package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.ObjectName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What clients see of events, in MySQL 8.0's layout: SHOW CREATE EVENT, SHOW EVENTS and
 * information_schema.EVENTS. All three need the EVENT privilege on the event's database (SHOW: 1044; the
 * information_schema table lists only such databases' events). AT, STARTS, ENDS and LAST_EXECUTED are shown in the
 * event's time zone, CREATED and LAST_ALTERED in the session's (MySQL 8.0 Reference Manual, 27.4.4 Event Metadata).
 */
final class EventShows {
    private EventShows() {
    }

    /** SHOW CREATE EVENT [db.]name. */
    static LocalResult showCreate(SessionImpl session, Catalog catalog, ObjectName name) {
        EventDdl.checkName(name.name());
        String schema = RoutineDdl.schemaOf(session, name);
        AccessChecks.database(session, schema, Privilege.EVENT);
        EventDef e = catalog.event(schema, name.name());
        if (e == null) throw new SqlException(ErrorCode.ER_EVENT_DOES_NOT_EXIST, name.name());
        return new LocalResult(List.of(Shows.text("Event", 64), Shows.text("sql_mode", 8192),
                Shows.text("time_zone", 64), Shows.text("Create Event", 65535), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64)))
                .add(e.name(), SqlMode.format(e.sqlMode()), e.timeZone(), e.createText(), e.characterSetClient(),
                        e.collationConnection(), e.databaseCollation());
    }

    /** SHOW EVENTS [FROM db], before LIKE / WHERE: the database's events by name. */
    static LocalResult showEvents(SessionImpl session, Catalog catalog, String database) {
        String schema = database != null ? database : session.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        AccessChecks.database(session, schema, Privilege.EVENT);
        LocalResult r = new LocalResult(List.of(Shows.text("Db", 64), Shows.text("Name", 64),
                Shows.text("Definer", 288), Shows.text("Time zone", 64), Shows.text("Type", 9),
                SqlType.datetime(0).expressionMeta("Execute at", true), Shows.text("Interval value", 256),
                Shows.text("Interval field", 18), SqlType.datetime(0).expressionMeta("Starts", true),
                SqlType.datetime(0).expressionMeta("Ends", true), Shows.text("Status", 21),
                LocalResult.longColumn("Originator", 10), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64)));
        for (EventDef e : sorted(catalog)) {
            if (!e.schema().equals(schema)) continue;
            r.add(e.schema(), e.name(), e.definer(), e.timeZone(), type(e), text(e, e.executeAt()), e.intervalText(),
                    e.recurring() ? e.intervalField().name() : null, text(e, e.starts()), text(e, e.ends()),
                    e.status().name(), e.originator(), e.characterSetClient(), e.collationConnection(),
                    e.databaseCollation());
        }
        return r;
    }

    static final List<String> EVENTS_COLUMNS = List.of("EVENT_CATALOG", "EVENT_SCHEMA", "EVENT_NAME", "DEFINER",
            "TIME_ZONE", "EVENT_BODY", "EVENT_DEFINITION", "EVENT_TYPE", "EXECUTE_AT", "INTERVAL_VALUE",
            "INTERVAL_FIELD", "SQL_MODE", "STARTS", "ENDS", "STATUS", "ON_COMPLETION", "CREATED", "LAST_ALTERED",
            "LAST_EXECUTED", "EVENT_COMMENT", "ORIGINATOR", "CHARACTER_SET_CLIENT", "COLLATION_CONNECTION",
            "DATABASE_COLLATION");

    /** MySQL 8.0's column types (enums and sets as the strings they hold). */
    static final List<SqlType> EVENTS_TYPES = List.of(name(), name(), name(), SqlType.varchar(288), name(),
            SqlType.varchar(3), SqlType.lob(TypeKind.LONGTEXT, null), SqlType.varchar(9), SqlType.datetime(0),
            SqlType.varchar(256), SqlType.varchar(18), SqlType.varchar(520), SqlType.datetime(0), SqlType.datetime(0),
            SqlType.varchar(21), SqlType.varchar(12), SqlType.timestamp(0), SqlType.timestamp(0), SqlType.datetime(0),
            SqlType.varchar(2048), SqlType.integer(TypeKind.INT, true), name(), name(), name());

    /** information_schema.EVENTS rows of the databases whose events the session may see. */
    static List<Object[]> eventRows(SessionImpl session, Catalog catalog) {
        ZoneId zone = session.timeZone();
        List<Object[]> rows = new ArrayList<>();
        for (EventDef e : sorted(catalog)) {
            if (!AccessChecks.visibleEvents(session, e.schema())) continue;
            rows.add(new Object[] {"def", e.schema(), e.name(), e.definer(), e.timeZone(), "SQL", e.bodyText(),
                    type(e), local(e, e.executeAt()), e.intervalText(),
                    e.recurring() ? e.intervalField().name() : null, SqlMode.format(e.sqlMode()),
                    local(e, e.starts()), local(e, e.ends()), e.status().name(),
                    e.preserve() ? "PRESERVE" : "NOT PRESERVE", at(e.createdSeconds(), zone),
                    at(e.lastAlteredSeconds(), zone), local(e, e.lastExecuted()),
                    e.comment(), e.originator(), e.characterSetClient(), e.collationConnection(),
                    e.databaseCollation()});
        }
        return rows;
    }

    private static String type(EventDef e) {
        return e.recurring() ? "RECURRING" : "ONE TIME";
    }

    /** Events by database, then name (case-insensitive, as the name column's collation orders). */
    private static List<EventDef> sorted(Catalog catalog) {
        List<EventDef> all = new ArrayList<>(catalog.allEvents());
        all.sort(Comparator.comparing(EventDef::schema).thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    private static String text(EventDef e, Long instant) {
        return instant == null ? null : e.local(instant);
    }

    private static SqlDateTime local(EventDef e, Long instant) {
        return instant == null ? null
                : SqlDateTime.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(instant), e.zone()));
    }

    private static SqlDateTime at(long epochSeconds, ZoneId zone) {
        return SqlDateTime.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), zone));
    }

    private static SqlType name() {
        return SqlType.varchar(64);
    }
}
