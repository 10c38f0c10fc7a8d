package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CREATE [DEFINER = account] EVENT [IF NOT EXISTS] [db.]name ON SCHEDULE ... [ON COMPLETION [NOT] PRESERVE]
 * [ENABLE | DISABLE | DISABLE ON {SLAVE | REPLICA}] [COMMENT 'text'] DO body}. {@code bodyText} is the body's
 * exact source text (SHOW CREATE EVENT and EVENT_DEFINITION print it verbatim).
 *
 * @param definer  nullable: null when omitted or written as CURRENT_USER
 * @param preserve nullable: null when ON COMPLETION is omitted (NOT PRESERVE)
 * @param status   nullable: null when omitted (ENABLE)
 * @param comment  nullable
 */
public record CreateEvent(AccountRef definer, boolean ifNotExists, ObjectName name, EventSchedule schedule,
                          Boolean preserve, EventStatus status, String comment, ProcedureStatement body,
                          String bodyText) implements EventStatement {
    public CreateEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyText, "bodyText");
    }
}
