package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SELECT, INSERT/REPLACE, UPDATE, DELETE, CALL and DO. */
final class DmlParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final QueryParser queries;

    DmlParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.queries = expressions.queries();
    }

    Statement statementStartingWith(String keyword) {
        if (keyword.equals("WITH")) {
            // WITH may also introduce UPDATE or DELETE
            int mark = cursor.mark();
            int parameters = cursor.parameterMark();
            WithClause with = queries.withClause();
            if (cursor.isWord("UPDATE")) {
                return update(with);
            }
            if (cursor.isWord("DELETE")) {
                return delete(with);
            }
            cursor.reset(mark, parameters);
        }
        return select();
    }

    Select select() {
        Query query = queries.query();
        return new Select(query, queries.takeInto());
    }

    Insert insert() {
        boolean replace = cursor.advance().keyword().equals("REPLACE");
        InsertPriority priority = InsertPriority.DEFAULT;
        if (cursor.acceptWord("LOW_PRIORITY")) {
            priority = InsertPriority.LOW_PRIORITY;
        } else if (cursor.acceptWord("DELAYED")) {
            priority = InsertPriority.DELAYED;
        } else if (!replace && cursor.acceptWord("HIGH_PRIORITY")) {
            priority = InsertPriority.HIGH_PRIORITY;
        }
        boolean ignore = !replace && cursor.acceptWord("IGNORE");
        cursor.acceptWord("INTO");
        ObjectName table = queries.objectName();
        List<String> partitions = cursor.acceptWord("PARTITION") ? queries.identifierList() : List.of();
        List<String> columns = List.of();
        InsertSource source;
        if (cursor.isSymbol("(") && !isParenthesizedQuery()) {
            cursor.advance();
            columns = new ArrayList<>();
            if (!cursor.isSymbol(")")) {
                do {
                    columns.add(columnName());
                } while (cursor.acceptSymbol(","));
            }
            cursor.expectSymbol(")");
        }
        if (cursor.isWord("VALUES") && !cursor.isWord(1, "ROW") || cursor.isWord("VALUE")) {
            cursor.advance();
            List<List<Expression>> rows = new ArrayList<>();
            do {
                cursor.expectSymbol("(");
                rows.add(cursor.isSymbol(")") ? List.of() : queries.valueList());
                cursor.expectSymbol(")");
            } while (cursor.acceptSymbol(","));
            source = new InsertValues(rows);
        } else if (columns.isEmpty() && cursor.isWord("SET")) {
            cursor.advance();
            source = new InsertSet(assignments());
        } else if (queries.isQueryStart() || cursor.isSymbol("(")) {
            source = new InsertQuery(queries.query());
        } else {
            throw cursor.error();
        }
        String rowAlias = null;
        List<String> rowColumns = List.of();
        if (!(source instanceof InsertQuery) && cursor.acceptWord("AS")) {
            rowAlias = cursor.identifier();
            if (cursor.isSymbol("(")) {
                rowColumns = queries.identifierList();
            }
        }
        List<Assignment> onDuplicate = List.of();
        if (!replace && cursor.acceptWord("ON")) {
            cursor.expectWord("DUPLICATE");
            cursor.expectWord("KEY");
            cursor.expectWord("UPDATE");
            onDuplicate = assignments();
        }
        return new Insert(replace, priority, ignore, table, partitions, columns, source, rowAlias, rowColumns,
                onDuplicate);
    }

    private boolean isParenthesizedQuery() {
        int i = 0;
        while (cursor.isSymbol(i, "(")) {
            i++;
        }
        Token t = cursor.peek(i);
        return t.isWord("SELECT") || t.isWord("WITH") || t.isWord("TABLE") || t.isWord("VALUES");
    }

    /** A column name in a column list: {@code col} or {@code t.col} / {@code db.t.col} (the last part counts). */
    private String columnName() {
        String name = cursor.identifier();
        while (cursor.acceptSymbol(".")) {
            name = cursor.anyName();
        }
        return name;
    }

    List<Assignment> assignments() {
        List<Assignment> list = new ArrayList<>();
        do {
            Expression target = expressions.identifierExpression();
            if (!(target instanceof ColumnRef column)) {
                throw cursor.error();
            }
            if (!cursor.acceptSymbol("=")) {
                cursor.expectSymbol(":=");
            }
            list.add(new Assignment(column, expressions.expression()));
        } while (cursor.acceptSymbol(","));
        return list;
    }

    Update update() {
        return update(null);
    }

    private Update update(WithClause with) {
        cursor.expectWord("UPDATE");
        boolean lowPriority = cursor.acceptWord("LOW_PRIORITY");
        boolean ignore = cursor.acceptWord("IGNORE");
        List<TableReference> tables = queries.tableReferences();
        cursor.expectWord("SET");
        List<Assignment> assignments = assignments();
        Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
        List<OrderItem> orderBy = List.of();
        Limit limit = null;
        if (tables.size() == 1 && tables.get(0) instanceof TableName) {
            if (cursor.acceptWord("ORDER")) {
                cursor.expectWord("BY");
                orderBy = expressions.orderList();
            }
            if (cursor.isWord("LIMIT")) {
                limit = queries.limit();
            }
        }
        return new Update(with, lowPriority, ignore, tables, assignments, where, orderBy, limit);
    }

    Delete delete() {
        return delete(null);
    }

    private Delete delete(WithClause with) {
        cursor.expectWord("DELETE");
        boolean lowPriority = false;
        boolean quick = false;
        boolean ignore = false;
        while (true) {
            if (cursor.acceptWord("LOW_PRIORITY")) {
                lowPriority = true;
            } else if (cursor.acceptWord("QUICK")) {
                quick = true;
            } else if (cursor.acceptWord("IGNORE")) {
                ignore = true;
            } else {
                break;
            }
        }
        if (cursor.acceptWord("FROM")) {
            List<ObjectName> targets = deleteTargets();
            if (cursor.acceptWord("USING")) {
                List<TableReference> tables = queries.tableReferences();
                Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
                return new Delete(with, lowPriority, quick, ignore, targets, tables, where, List.of(), null);
            }
            if (targets.size() != 1) {
                throw cursor.error();
            }
            ObjectName name = targets.get(0);
            String alias = null;
            if (cursor.acceptWord("AS")) {
                alias = cursor.identifier();
            } else if (cursor.isIdentifier()) {
                alias = cursor.identifier();
            }
            List<String> partitions = cursor.acceptWord("PARTITION") ? queries.identifierList() : List.of();
            Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
            List<OrderItem> orderBy = List.of();
            if (cursor.acceptWord("ORDER")) {
                cursor.expectWord("BY");
                orderBy = expressions.orderList();
            }
            Limit limit = cursor.isWord("LIMIT") ? queries.limit() : null;
            TableName table = new TableName(name, alias, partitions, List.of());
            return new Delete(with, lowPriority, quick, ignore, List.of(), List.of(table), where, orderBy, limit);
        }
        List<ObjectName> targets = deleteTargets();
        cursor.expectWord("FROM");
        List<TableReference> tables = queries.tableReferences();
        Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
        return new Delete(with, lowPriority, quick, ignore, targets, tables, where, List.of(), null);
    }

    /** {@code t1[.*], db.t2[.*], ...}. */
    private List<ObjectName> deleteTargets() {
        List<ObjectName> targets = new ArrayList<>();
        do {
            String first = cursor.identifier();
            ObjectName name = new ObjectName(null, first);
            if (cursor.isSymbol(".") && !cursor.isSymbol(1, "*")) {
                cursor.advance();
                name = new ObjectName(first, cursor.anyName());
            }
            if (cursor.isSymbol(".") && cursor.isSymbol(1, "*")) {
                cursor.advance();
                cursor.advance();
            }
            targets.add(name);
        } while (cursor.acceptSymbol(","));
        return targets;
    }

    Call call() {
        cursor.expectWord("CALL");
        ObjectName name = queries.objectName();
        Token nameEnd = cursor.previous();
        if (name.schema() == null && ParserFunctions.contains(name.name()) && cursor.isSymbol("(")
                && cursor.peek().start() == nameEnd.end()) {
            throw cursor.errorAt(nameEnd);  // now(: a function token to MySQL's lexer, not a procedure name
        }
        List<Expression> args = List.of();
        if (cursor.acceptSymbol("(")) {
            args = cursor.isSymbol(")") ? List.of() : expressions.expressionList();
            cursor.expectSymbol(")");
        }
        return new Call(name, args);
    }

    Do doStatement() {
        cursor.expectWord("DO");
        return new Do(expressions.expressionList());
    }
}
