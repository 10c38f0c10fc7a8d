package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CREATE [DEFINER = account] TRIGGER [IF NOT EXISTS] [db.]name {BEFORE | AFTER} {INSERT | UPDATE | DELETE}
 * ON table FOR EACH ROW [{FOLLOWS | PRECEDES} other] body}. {@code bodyText} is the body's exact source text, from
 * its first token to its last (SHOW TRIGGERS and information_schema.TRIGGERS show it verbatim).
 *
 * @param definer nullable: null when omitted or written as CURRENT_USER (the creating account)
 * @param order   nullable: the FOLLOWS / PRECEDES clause
 */
public record CreateTrigger(AccountRef definer, boolean ifNotExists, ObjectName name, TriggerTiming timing,
                            TriggerEvent event, ObjectName table, TriggerOrder order, ProcedureStatement body,
                            String bodyText) implements TriggerStatement {
    public CreateTrigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyText, "bodyText");
    }
}
