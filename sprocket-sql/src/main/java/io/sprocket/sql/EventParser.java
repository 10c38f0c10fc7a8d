package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.Objects;

/**
 * CREATE / ALTER / DROP EVENT (MySQL 8.0 Reference Manual, 15.1.13 CREATE EVENT Statement, 15.1.3 ALTER EVENT
 * Statement). The clauses come in the grammar's fixed order; the body is a single statement or a BEGIN ... END
 * compound, parsed by the routine body parser.
 */
final class EventParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final CompoundParser compound;

    EventParser(TokenCursor cursor, ExpressionParser expressions, CompoundParser compound) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.compound = Objects.requireNonNull(compound, "compound");
    }

    /** Whether the CREATE / ALTER / DROP at the cursor is about an event (looking past a DEFINER clause). */
    static boolean startsEventStatement(TokenCursor cursor) {
        if (cursor.isWord(1, "EVENT")) {
            return true;
        }
        if (cursor.isWord("DROP") || !cursor.isWord(1, "DEFINER")) {
            return false;
        }
        int mark = cursor.mark();
        int parameters = cursor.parameterMark();
        try {
            cursor.advance();
            cursor.advance();
            if (!cursor.acceptSymbol("=")) {
                return false;
            }
            cursor.account();
            return cursor.isWord("EVENT");
        } catch (SqlSyntaxException e) {
            return false;
        } finally {
            cursor.reset(mark, parameters);
        }
    }

    EventStatement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> create();
            case "ALTER" -> alter();
            case "DROP" -> {
                cursor.expectWord("EVENT");
                boolean ifExists = cursor.acceptWords("IF", "EXISTS");
                yield new DropEvent(ifExists, expressions.queries().objectName());
            }
            default -> throw cursor.errorAt(t);
        };
    }

    private CreateEvent create() {
        AccountRef definer = null;
        if (cursor.acceptWord("DEFINER")) {
            cursor.expectSymbol("=");
            definer = cursor.account();
        }
        cursor.expectWord("EVENT");
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        ObjectName name = expressions.queries().objectName();
        cursor.expectWord("ON");
        cursor.expectWord("SCHEDULE");
        EventSchedule schedule = schedule();
        Boolean preserve = completion();
        EventStatus status = status();
        String comment = cursor.acceptWord("COMMENT") ? cursor.expectString() : null;
        cursor.expectWord("DO");
        int start = cursor.peek().start();
        ProcedureStatement body = compound.statement();
        String bodyText = cursor.sql().substring(start, cursor.previous().end());
        return new CreateEvent(definer, ifNotExists, name, schedule, preserve, status, comment, body, bodyText);
    }

    private AlterEvent alter() {
        boolean definerGiven = false;
        AccountRef definer = null;
        if (cursor.acceptWord("DEFINER")) {
            cursor.expectSymbol("=");
            definerGiven = true;
            definer = cursor.account();
        }
        cursor.expectWord("EVENT");
        ObjectName name = expressions.queries().objectName();
        EventSchedule schedule = null;
        if (cursor.isWord("ON") && cursor.isWord(1, "SCHEDULE")) {
            cursor.advance();
            cursor.advance();
            schedule = schedule();
        }
        Boolean preserve = completion();
        ObjectName renameTo = null;
        if (cursor.acceptWord("RENAME")) {
            cursor.expectWord("TO");
            renameTo = expressions.queries().objectName();
        }
        EventStatus status = status();
        String comment = cursor.acceptWord("COMMENT") ? cursor.expectString() : null;
        ProcedureStatement body = null;
        String bodyText = null;
        if (cursor.acceptWord("DO")) {
            int start = cursor.peek().start();
            body = compound.statement();
            bodyText = cursor.sql().substring(start, cursor.previous().end());
        }
        if (schedule == null && preserve == null && renameTo == null && status == null && comment == null
                && body == null) {
            throw cursor.error(); // ALTER EVENT needs at least one clause
        }
        return new AlterEvent(definerGiven, definer, name, schedule, preserve, renameTo, status, comment, body,
                bodyText);
    }

    /** After ON SCHEDULE: {@code AT ts} or {@code EVERY n unit [STARTS ts] [ENDS ts]}. */
    private EventSchedule schedule() {
        if (cursor.acceptWord("AT")) {
            return new EventSchedule(expressions.expression(), null, null, null, null);
        }
        cursor.expectWord("EVERY");
        Expression every = expressions.expression();
        IntervalUnit unit = expressions.intervalUnit();
        Expression starts = cursor.acceptWord("STARTS") ? expressions.expression() : null;
        Expression ends = cursor.acceptWord("ENDS") ? expressions.expression() : null;
        return new EventSchedule(null, every, unit, starts, ends);
    }

    /** {@code ON COMPLETION [NOT] PRESERVE}: true, false, or null when absent. */
    private Boolean completion() {
        if (!(cursor.isWord("ON") && cursor.isWord(1, "COMPLETION"))) {
            return null;
        }
        cursor.advance();
        cursor.advance();
        boolean not = cursor.acceptWord("NOT");
        cursor.expectWord("PRESERVE");
        return !not;
    }

    private EventStatus status() {
        if (cursor.acceptWord("ENABLE")) {
            return EventStatus.ENABLE;
        }
        if (!cursor.acceptWord("DISABLE")) {
            return null;
        }
        if (cursor.acceptWord("ON")) {
            if (!cursor.acceptWord("SLAVE")) {
                cursor.expectWord("REPLICA");
            }
            return EventStatus.DISABLE_ON_REPLICA;
        }
        return EventStatus.DISABLE;
    }
}
