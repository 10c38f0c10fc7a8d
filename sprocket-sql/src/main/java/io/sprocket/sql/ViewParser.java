package io.sprocket.sql;

import io.sprocket.sql.ast.AccountRef;
import io.sprocket.sql.ast.CreateView;
import io.sprocket.sql.ast.DropView;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.ViewAlgorithm;
import io.sprocket.sql.ast.ViewCheckOption;
import io.sprocket.sql.ast.ViewStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CREATE [OR REPLACE] VIEW, ALTER VIEW and DROP VIEW (MySQL 8.0 Reference Manual, 15.1.23 CREATE VIEW Statement,
 * 15.1.11 ALTER VIEW Statement, 15.1.35 DROP VIEW Statement).
 */
final class ViewParser {
    /** How far past DEFINER = the lookahead searches for VIEW (an account is at most a few tokens). */
    private static final int DEFINER_LOOKAHEAD = 8;

    private final TokenCursor cursor;
    private final QueryParser queries;

    ViewParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.queries = expressions.queries();
    }

    /**
     * Whether the CREATE / ALTER / DROP at the cursor is a view statement: the clauses that may precede VIEW are
     * OR REPLACE (CREATE only), ALGORITHM = ..., DEFINER = account and SQL SECURITY ...; a DEFINER clause is also
     * the start of a routine, trigger or event, so the lookahead continues past the account.
     */
    static boolean startsViewStatement(TokenCursor cursor) {
        if (cursor.isWord("DROP")) return cursor.isWord(1, "VIEW");
        boolean create = cursor.isWord("CREATE");
        if (!create && !cursor.isWord("ALTER")) return false;
        int i = 1;
        if (create && cursor.isWord(i, "OR") && cursor.isWord(i + 1, "REPLACE")) i += 2;
        if (cursor.isWord(i, "VIEW") || cursor.isWord(i, "ALGORITHM")) return true;
        if (cursor.isWord(i, "SQL") && cursor.isWord(i + 1, "SECURITY")) return true;
        if (!cursor.isWord(i, "DEFINER")) return false;
        for (int j = i + 1; j < i + 1 + DEFINER_LOOKAHEAD; j++) {
            if (cursor.isWord(j, "VIEW") || cursor.isWord(j, "SQL") && cursor.isWord(j + 1, "SECURITY")) return true;
            if (cursor.isWord(j, "PROCEDURE") || cursor.isWord(j, "FUNCTION") || cursor.isWord(j, "TRIGGER")
                    || cursor.isWord(j, "EVENT") || cursor.peek(j).kind() == TokenKind.END) {
                return false;
            }
        }
        return false;
    }

    ViewStatement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> define(false);
            case "ALTER" -> define(true);
            case "DROP" -> drop();
            default -> throw cursor.errorAt(t);
        };
    }

    private CreateView define(boolean alter) {
        boolean orReplace = !alter && cursor.acceptWords("OR", "REPLACE");
        ViewAlgorithm algorithm = null;
        if (cursor.acceptWord("ALGORITHM")) {
            cursor.expectSymbol("=");
            if (cursor.acceptWord("UNDEFINED")) algorithm = ViewAlgorithm.UNDEFINED;
            else if (cursor.acceptWord("MERGE")) algorithm = ViewAlgorithm.MERGE;
            else {
                cursor.expectWord("TEMPTABLE");
                algorithm = ViewAlgorithm.TEMPTABLE;
            }
        }
        boolean definerGiven = false;
        AccountRef definer = null;
        if (cursor.acceptWord("DEFINER")) {
            cursor.expectSymbol("=");
            definerGiven = true;
            definer = cursor.account();
        }
        Boolean invoker = null;
        if (cursor.acceptWords("SQL", "SECURITY")) {
            if (cursor.acceptWord("INVOKER")) invoker = true;
            else {
                cursor.expectWord("DEFINER");
                invoker = false;
            }
        }
        cursor.expectWord("VIEW");
        ObjectName name = queries.objectName();
        List<String> columns = new ArrayList<>();
        if (cursor.acceptSymbol("(")) {
            do {
                columns.add(cursor.identifier());
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
        }
        cursor.expectWord("AS");
        int start = cursor.peek().start();
        Query query = queries.query();
        boolean into = !queries.takeInto().isEmpty();
        String text = cursor.sql().substring(start, cursor.previous().end());
        ViewCheckOption check = ViewCheckOption.NONE;
        if (cursor.acceptWord("WITH")) {
            if (cursor.acceptWord("LOCAL")) check = ViewCheckOption.LOCAL;
            else {
                cursor.acceptWord("CASCADED");
                check = ViewCheckOption.CASCADED;
            }
            cursor.expectWord("CHECK");
            cursor.expectWord("OPTION");
        }
        return new CreateView(alter, orReplace, algorithm, definerGiven, definer, invoker, name, columns, query, text,
                into, check);
    }

    private DropView drop() {
        cursor.expectWord("VIEW");
        boolean ifExists = cursor.acceptWords("IF", "EXISTS");
        List<ObjectName> names = new ArrayList<>();
        do {
            names.add(queries.objectName());
        } while (cursor.acceptSymbol(","));
        if (!cursor.acceptWord("RESTRICT")) cursor.acceptWord("CASCADE");
        return new DropView(ifExists, names);
    }
}
