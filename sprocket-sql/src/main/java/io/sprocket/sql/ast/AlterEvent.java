package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ALTER [DEFINER = account] EVENT [db.]name [ON SCHEDULE ...] [ON COMPLETION [NOT] PRESERVE]
 * [RENAME TO [db.]new] [ENABLE | DISABLE ...] [COMMENT 'text'] [DO body]}; every clause is optional, but at least
 * one is present. Null means "unchanged".
 *
 * @param definerGiven whether a DEFINER clause was written ({@code definer} is null for CURRENT_USER)
 */
public record AlterEvent(boolean definerGiven, AccountRef definer, ObjectName name, EventSchedule schedule,
                         Boolean preserve, ObjectName renameTo, EventStatus status, String comment,
                         ProcedureStatement body, String bodyText) implements EventStatement {
    public AlterEvent {
        Objects.requireNonNull(name, "name");
        if ((body == null) != (bodyText == null)) throw new IllegalArgumentException("body and bodyText go together");
    }
}
