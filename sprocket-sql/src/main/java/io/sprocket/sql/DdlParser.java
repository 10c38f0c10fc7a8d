package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** CREATE/ALTER/DROP DATABASE, CREATE/ALTER/DROP/RENAME/TRUNCATE TABLE, CREATE/DROP INDEX (and DROP PREPARE). */
final class DdlParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final QueryParser queries;
    private final TableElementParser elements;

    DdlParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.queries = expressions.queries();
        this.elements = new TableElementParser(cursor, expressions);
    }

    Statement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> create();
            case "ALTER" -> alter();
            case "DROP" -> drop();
            case "RENAME" -> rename();
            case "TRUNCATE" -> {
                cursor.acceptWord("TABLE");
                yield new TruncateTable(queries.objectName());
            }
            default -> throw cursor.errorAt(t);
        };
    }

    private Statement create() {
        if (cursor.acceptWord("DATABASE") || cursor.acceptWord("SCHEMA")) {
            boolean ifNotExists = ifNotExists();
            String name = cursor.identifier();
            return new CreateDatabase(ifNotExists, name, databaseOptions());
        }
        if (cursor.isWord("TEMPORARY") || cursor.isWord("TABLE")) {
            boolean temporary = cursor.acceptWord("TEMPORARY");
            cursor.expectWord("TABLE");
            return createTable(temporary);
        }
        if (cursor.isWord("UNIQUE") || cursor.isWord("FULLTEXT") || cursor.isWord("SPATIAL") || cursor.isWord("INDEX")) {
            IndexKind kind = IndexKind.INDEX;
            if (!cursor.isWord("INDEX")) {
                kind = IndexKind.valueOf(cursor.advance().keyword());
            }
            cursor.expectWord("INDEX");
            String name = cursor.identifier();
            // MySQL allows USING before ON as well as after the key parts
            String usingBefore = null;
            if (cursor.acceptWord("USING") || cursor.acceptWord("TYPE")) {
                usingBefore = cursor.advance().keyword();
            }
            cursor.expectWord("ON");
            ObjectName table = queries.objectName();
            IndexDefinition index = elements.index(kind, name, null, true);
            if (usingBefore != null && index.indexType() == null) {
                index = new IndexDefinition(index.kind(), index.name(), null, index.parts(), usingBefore,
                        index.comment(), index.invisible());
            }
            skipAlgorithmAndLock();
            return new CreateIndex(index, table);
        }
        throw cursor.error();
    }

    private void skipAlgorithmAndLock() {
        while (cursor.isWord("ALGORITHM") || cursor.isWord("LOCK")) {
            cursor.advance();
            cursor.acceptSymbol("=");
            cursor.advance();
        }
    }

    private boolean ifNotExists() {
        if (cursor.isWord("IF")) {
            cursor.advance();
            cursor.expectWord("NOT");
            cursor.expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        if (cursor.isWord("IF")) {
            cursor.advance();
            cursor.expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private List<DatabaseOption> databaseOptions() {
        List<DatabaseOption> options = new ArrayList<>();
        while (true) {
            int mark = cursor.mark();
            boolean isDefault = cursor.acceptWord("DEFAULT");
            DatabaseOptionKind kind;
            if (cursor.acceptWord("CHARSET") || cursor.acceptWords("CHARACTER", "SET")) {
                kind = DatabaseOptionKind.CHARACTER_SET;
            } else if (cursor.acceptWord("COLLATE")) {
                kind = DatabaseOptionKind.COLLATE;
            } else if (cursor.acceptWord("ENCRYPTION")) {
                kind = DatabaseOptionKind.ENCRYPTION;
            } else if (!isDefault && cursor.acceptWords("READ", "ONLY")) {
                kind = DatabaseOptionKind.READ_ONLY;
            } else {
                if (isDefault) {
                    cursor.reset(mark, cursor.parameterMark());
                    throw cursor.errorAt(cursor.peek(1));
                }
                return options;
            }
            cursor.acceptSymbol("=");
            String value = switch (kind) {
                case CHARACTER_SET -> cursor.isWord("DEFAULT") ? cursor.advance().keyword()
                        : expressions.types().charset();
                case COLLATE -> cursor.isWord("DEFAULT") ? cursor.advance().keyword()
                        : expressions.types().collation();
                case ENCRYPTION -> cursor.expectString();
                case READ_ONLY -> cursor.isWord("DEFAULT") ? cursor.advance().keyword() : cursor.advance().text();
            };
            options.add(new DatabaseOption(kind, value));
        }
    }

    private CreateTable createTable(boolean temporary) {
        boolean ifNotExists = ifNotExists();
        ObjectName name = queries.objectName();
        if (cursor.acceptWord("LIKE")) {
            return new CreateTable(temporary, ifNotExists, name, List.of(), List.of(), queries.objectName(), null,
                    DuplicateHandling.ERROR);
        }
        if (cursor.isSymbol("(") && cursor.isWord(1, "LIKE")) {
            cursor.advance();
            cursor.advance();
            ObjectName like = queries.objectName();
            cursor.expectSymbol(")");
            return new CreateTable(temporary, ifNotExists, name, List.of(), List.of(), like, null,
                    DuplicateHandling.ERROR);
        }
        List<TableElement> tableElements = List.of();
        if (cursor.isSymbol("(") && !startsParenthesizedQuery()) {
            cursor.advance();
            tableElements = new ArrayList<>();
            do {
                tableElements.add(elements.element());
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
        }
        List<TableOption> options = elements.tableOptions();
        if (cursor.isWord("PARTITION")) {
            throw cursor.error();
        }
        DuplicateHandling duplicates = DuplicateHandling.ERROR;
        if (cursor.acceptWord("IGNORE")) {
            duplicates = DuplicateHandling.IGNORE;
        } else if (cursor.acceptWord("REPLACE")) {
            duplicates = DuplicateHandling.REPLACE;
        }
        boolean as = cursor.acceptWord("AS");
        Query query = null;
        if (queries.isQueryStart() || cursor.isSymbol("(")) {
            query = queries.query();
        } else if (as || duplicates != DuplicateHandling.ERROR) {
            // CREATE TABLE t with neither columns nor query parses; the engine reports ER_TABLE_MUST_HAVE_COLUMNS
            throw cursor.error();
        }
        return new CreateTable(temporary, ifNotExists, name, tableElements, options, null, query, duplicates);
    }

    private boolean startsParenthesizedQuery() {
        int i = 0;
        while (cursor.isSymbol(i, "(")) {
            i++;
        }
        Token t = cursor.peek(i);
        return t.isWord("SELECT") || t.isWord("WITH") || t.isWord("TABLE") || t.isWord("VALUES");
    }

    private Statement alter() {
        if (cursor.acceptWord("DATABASE") || cursor.acceptWord("SCHEMA")) {
            String name = null;
            if (TokenCursor.isIdentifier(cursor.peek()) && !cursor.isWord("CHARSET") && !cursor.isWord("ENCRYPTION")
                    && !(cursor.isWord("READ") && cursor.isWord(1, "ONLY"))) {
                name = cursor.identifier();
            }
            List<DatabaseOption> options = databaseOptions();
            if (options.isEmpty()) {
                throw cursor.error();
            }
            return new AlterDatabase(name, options);
        }
        cursor.expectWord("TABLE");
        ObjectName table = queries.objectName();
        List<AlterAction> actions = new ArrayList<>();
        if (!cursor.atStatementEnd()) {
            do {
                actions.addAll(new AlterActionParser(cursor, expressions, elements).action());
            } while (cursor.acceptSymbol(","));
        }
        return new AlterTable(table, actions);
    }

    private Statement drop() {
        if (cursor.acceptWord("DATABASE") || cursor.acceptWord("SCHEMA")) {
            boolean ifExists = ifExists();
            return new DropDatabase(ifExists, cursor.identifier());
        }
        if (cursor.isWord("TEMPORARY") || cursor.isWord("TABLE") || cursor.isWord("TABLES")) {
            boolean temporary = cursor.acceptWord("TEMPORARY");
            if (!cursor.acceptWord("TABLE")) {
                cursor.expectWord("TABLES");
            }
            boolean ifExists = ifExists();
            List<ObjectName> tables = new ArrayList<>();
            do {
                tables.add(queries.objectName());
            } while (cursor.acceptSymbol(","));
            if (!cursor.acceptWord("RESTRICT")) {
                cursor.acceptWord("CASCADE");
            }
            return new DropTable(temporary, ifExists, tables);
        }
        if (cursor.acceptWord("INDEX")) {
            String name = cursor.isWord("PRIMARY") ? cursor.advance().keyword() : cursor.identifier();
            cursor.expectWord("ON");
            ObjectName table = queries.objectName();
            skipAlgorithmAndLock();
            return new DropIndex(name, table);
        }
        if (cursor.acceptWord("PREPARE")) {
            return new DeallocatePrepare(cursor.identifier());
        }
        throw cursor.error();
    }

    private Statement rename() {
        if (!cursor.acceptWord("TABLE")) {
            cursor.expectWord("TABLES");
        }
        List<TableRename> renames = new ArrayList<>();
        do {
            ObjectName from = queries.objectName();
            cursor.expectWord("TO");
            renames.add(new TableRename(from, queries.objectName()));
        } while (cursor.acceptSymbol(","));
        return new RenameTable(renames);
    }
}
