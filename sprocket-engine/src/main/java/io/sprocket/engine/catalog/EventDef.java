package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.CreateEvent;
import io.sprocket.sql.ast.IntervalUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A scheduled event as the catalog keeps it (MySQL 8.0 Reference Manual, 15.1.13 CREATE EVENT Statement). Times
 * are instants (seconds since the epoch); AT / STARTS / ENDS are shown in the event's own time zone, the one in
 * force when its schedule was set. The body is kept as source text with the settings it was written under
 * (sql_mode, character set and collation); {@code definition} is the CREATE EVENT statement parsed from
 * {@link #createText()}, the canonical text SHOW CREATE EVENT prints (parsed again when the catalog is loaded).
 *
 * @param executeAt     the AT time of a one-time event; null for a recurring one
 * @param intervalValue a recurring event's interval in {@code intervalField}'s smallest part (minutes for
 *                      HOUR_MINUTE, months for YEAR_MONTH), so '1:90' HOUR_MINUTE is kept as 150
 * @param intervalField null for a one-time event
 * @param starts        a recurring event's STARTS (its creation time when omitted); null for a one-time event
 * @param ends          nullable
 * @param lastExecuted  nullable: when the scheduler last started the event
 * @param originator    the server_id of the server that created the event
 */
public record EventDef(String schema, String name, String definerUser, String definerHost, Long executeAt,
                       long intervalValue, IntervalUnit intervalField, Long starts, Long ends, Status status,
                       boolean preserve, String comment, String bodyText, long sqlMode, String timeZone,
                       String characterSetClient, String collationConnection, String databaseCollation,
                       long createdSeconds, long lastAlteredSeconds, Long lastExecuted, long originator,
                       CreateEvent definition) {
    public EventDef {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        Objects.requireNonNull(status);
        Objects.requireNonNull(comment);
        Objects.requireNonNull(bodyText);
        if ((executeAt == null) == (intervalField == null)) throw new IllegalArgumentException("AT or EVERY");
    }

    /** ENABLED, DISABLED, SLAVESIDE_DISABLED: the STATUS column's values in MySQL 8.0. */
    public enum Status { ENABLED, DISABLED, SLAVESIDE_DISABLED }

    /** Event names are case-insensitive. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public String key() { return key(name); }

    public boolean recurring() { return intervalField != null; }

    /** {@code user@host}, as SHOW EVENTS and information_schema print a definer. */
    public String definer() { return definerUser + "@" + definerHost; }

    public EventDef withStatus(Status newStatus, long altered) {
        return new EventDef(schema, name, definerUser, definerHost, executeAt, intervalValue, intervalField, starts,
                ends, newStatus, preserve, comment, bodyText, sqlMode, timeZone, characterSetClient,
                collationConnection, databaseCollation, createdSeconds, altered, lastExecuted, originator, definition);
    }

    public EventDef withLastExecuted(long executed) {
        return new EventDef(schema, name, definerUser, definerHost, executeAt, intervalValue, intervalField, starts,
                ends, status, preserve, comment, bodyText, sqlMode, timeZone, characterSetClient, collationConnection,
                databaseCollation, createdSeconds, lastAlteredSeconds, executed, originator, definition);
    }

    public EventDef withDefinition(CreateEvent parsed) {
        return new EventDef(schema, name, definerUser, definerHost, executeAt, intervalValue, intervalField, starts,
                ends, status, preserve, comment, bodyText, sqlMode, timeZone, characterSetClient, collationConnection,
                databaseCollation, createdSeconds, lastAlteredSeconds, lastExecuted, originator, parsed);
    }

    /** The event's time zone ('SYSTEM' is the JVM's, as the server's system time zone). */
    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    public static ZoneId zoneOf(String tz) {
        if (tz.equalsIgnoreCase("SYSTEM")) return ZoneId.systemDefault();
        try {
            return tz.startsWith("+") || tz.startsWith("-") ? ZoneOffset.of(tz) : ZoneId.of(tz);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** An instant as the event's local DATETIME text ('2030-01-01 00:00:00'). */
    public String local(long epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), zone()).format(TEXT);
    }

    /** The INTERVAL_VALUE text: the number, or a compound value quoted as MySQL shows it ('2:30'). */
    public String intervalText() {
        return intervalField == null ? null : EventIntervals.text(intervalValue, intervalField);
    }

    /** CREATE EVENT as SHOW CREATE EVENT prints it: one line, schedule times in the event's time zone. */
    public String createText() {
        StringBuilder sb = new StringBuilder(160 + bodyText.length());
        sb.append("CREATE DEFINER=").append(ExpressionText.identifier(definerUser)).append('@')
                .append(ExpressionText.identifier(definerHost)).append(" EVENT ")
                .append(ExpressionText.identifier(name)).append(" ON SCHEDULE ");
        if (recurring()) {
            sb.append("EVERY ").append(intervalText()).append(' ').append(intervalField.name());
            if (starts != null) sb.append(" STARTS '").append(local(starts)).append('\'');
            if (ends != null) sb.append(" ENDS '").append(local(ends)).append('\'');
        } else {
            sb.append("AT '").append(local(executeAt)).append('\'');
        }
        sb.append(preserve ? " ON COMPLETION PRESERVE " : " ON COMPLETION NOT PRESERVE ");
        sb.append(switch (status) {
            case ENABLED -> "ENABLE";
            case DISABLED -> "DISABLE";
            case SLAVESIDE_DISABLED -> "DISABLE ON SLAVE";
        });
        if (!comment.isEmpty()) sb.append(" COMMENT ").append(ExpressionText.quote(comment));
        return sb.append(" DO ").append(bodyText).toString();
    }
}
