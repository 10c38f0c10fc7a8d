package io.sprocket.sql;

import io.sprocket.sql.ast.AccountRef;
import io.sprocket.sql.ast.CreateTrigger;
import io.sprocket.sql.ast.DropTrigger;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.ProcedureStatement;
import io.sprocket.sql.ast.TriggerEvent;
import io.sprocket.sql.ast.TriggerOrder;
import io.sprocket.sql.ast.TriggerStatement;
import io.sprocket.sql.ast.TriggerTiming;

import java.util.Objects;

/**
 * {@code CREATE [DEFINER = account] TRIGGER ...} and {@code DROP TRIGGER}. The body is any statement of the
 * compound-statement language ({@link CompoundParser}), a single statement or a BEGIN ... END block.
 */
final class TriggerParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final CompoundParser compound;

    TriggerParser(TokenCursor cursor, ExpressionParser expressions, CompoundParser compound) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.compound = Objects.requireNonNull(compound, "compound");
    }

    /**
     * Whether the CREATE / DROP at the cursor is a trigger statement: {@code DROP TRIGGER}, {@code CREATE TRIGGER},
     * or {@code CREATE DEFINER = account TRIGGER}. Looks ahead without consuming anything.
     */
    static boolean startsTriggerStatement(TokenCursor cursor) {
        if (cursor.isWord("DROP")) {
            return cursor.isWord(1, "TRIGGER");
        }
        if (!cursor.isWord("CREATE")) {
            return false;
        }
        if (cursor.isWord(1, "TRIGGER")) {
            return true;
        }
        if (!cursor.isWord(1, "DEFINER")) {
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
            return cursor.isWord("TRIGGER");
        } catch (SqlSyntaxException e) {
            return false; // not a well-formed DEFINER clause: let the routine parser report it
        } finally {
            cursor.reset(mark, parameters);
        }
    }

    TriggerStatement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> create();
            case "DROP" -> {
                cursor.expectWord("TRIGGER");
                boolean ifExists = cursor.acceptWords("IF", "EXISTS");
                yield new DropTrigger(ifExists, expressions.queries().objectName());
            }
            default -> throw cursor.errorAt(t);
        };
    }

    private CreateTrigger create() {
        AccountRef definer = null;
        if (cursor.acceptWord("DEFINER")) {
            cursor.expectSymbol("=");
            definer = cursor.account();
        }
        cursor.expectWord("TRIGGER");
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        ObjectName name = expressions.queries().objectName();
        TriggerTiming timing;
        if (cursor.acceptWord("BEFORE")) {
            timing = TriggerTiming.BEFORE;
        } else {
            cursor.expectWord("AFTER");
            timing = TriggerTiming.AFTER;
        }
        TriggerEvent event;
        if (cursor.acceptWord("INSERT")) {
            event = TriggerEvent.INSERT;
        } else if (cursor.acceptWord("UPDATE")) {
            event = TriggerEvent.UPDATE;
        } else {
            cursor.expectWord("DELETE");
            event = TriggerEvent.DELETE;
        }
        cursor.expectWord("ON");
        ObjectName table = expressions.queries().objectName();
        cursor.expectWord("FOR");
        cursor.expectWord("EACH");
        cursor.expectWord("ROW");
        TriggerOrder order = null;
        if (cursor.isWord("FOLLOWS") || cursor.isWord("PRECEDES")) {
            boolean follows = cursor.advance().isWord("FOLLOWS");
            order = new TriggerOrder(follows, cursor.identifier());
        }
        int start = cursor.peek().start();
        ProcedureStatement body = compound.statement();
        String bodyText = cursor.sql().substring(start, cursor.previous().end());
        return new CreateTrigger(definer, ifNotExists, name, timing, event, table, order, body, bodyText);
    }
}
