package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Query expressions: WITH, SELECT blocks, set operations, FROM clauses, ORDER BY/LIMIT and locking. */
final class QueryParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    /** INTO targets met inside the current statement's outermost query block (SELECT .. INTO @a FROM ..). */
    private List<Expression> into = List.of();

    QueryParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
    }

    boolean isQueryStart() {
        Token t = cursor.peek();
        return t.isWord("SELECT") || t.isWord("WITH") || t.isWord("TABLE")
                || t.isWord("VALUES") && cursor.isWord(1, "ROW");
    }

    boolean isQueryContinuation() {
        Token t = cursor.peek();
        return t.isWord("UNION") || t.isWord("EXCEPT") || t.isWord("INTERSECT") || t.isWord("ORDER")
                || t.isWord("LIMIT");
    }

    /** Takes (and clears) the INTO targets seen so far. */
    List<Expression> takeInto() {
        List<Expression> result = into;
        into = List.of();
        return result;
    }

    Query query() {
        WithClause with = cursor.isWord("WITH") ? withClause() : null;
        QueryBody body = unionLevel(queryPrimary());
        return finish(with, body);
    }

    /** Continues a query whose first primary has been parsed already (e.g. "(SELECT 1) UNION ..."). */
    Query continueQuery(QueryBody first) {
        return finish(null, unionLevel(first));
    }

    WithClause withClause() {
        cursor.expectWord("WITH");
        boolean recursive = cursor.acceptWord("RECURSIVE");
        List<CommonTableExpression> ctes = new ArrayList<>();
        do {
            String name = cursor.identifier();
            List<String> columns = cursor.isSymbol("(") ? identifierList() : List.of();
            cursor.expectWord("AS");
            cursor.expectSymbol("(");
            Query q = query();
            cursor.expectSymbol(")");
            ctes.add(new CommonTableExpression(name, columns, q));
        } while (cursor.acceptSymbol(","));
        return new WithClause(recursive, ctes);
    }

    List<String> identifierList() {
        cursor.expectSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.identifier());
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return names;
    }

    private QueryBody unionLevel(QueryBody first) {
        QueryBody left = intersectLevel(first);
        while (cursor.isWord("UNION") || cursor.isWord("EXCEPT")) {
            SetOperator op = cursor.advance().keyword().equals("UNION") ? SetOperator.UNION : SetOperator.EXCEPT;
            boolean all = setQuantifier();
            left = new SetOperation(op, all, left, intersectLevel(queryPrimary()));
        }
        return left;
    }

    private QueryBody intersectLevel(QueryBody first) {
        QueryBody left = first;
        while (cursor.acceptWord("INTERSECT")) {
            boolean all = setQuantifier();
            left = new SetOperation(SetOperator.INTERSECT, all, left, queryPrimary());
        }
        return left;
    }

    private boolean setQuantifier() {
        if (cursor.acceptWord("ALL")) {
            return true;
        }
        cursor.acceptWord("DISTINCT");
        return false;
    }

    private QueryBody queryPrimary() {
        Token t = cursor.peek();
        if (t.isWord("SELECT")) {
            return specification();
        }
        if (t.isSymbol("(")) {
            cursor.advance();
            Query q = query();
            cursor.expectSymbol(")");
            return new NestedQuery(q);
        }
        if (t.isWord("TABLE")) {
            cursor.advance();
            return new ExplicitTable(objectName());
        }
        if (t.isWord("VALUES")) {
            cursor.advance();
            List<RowConstructor> rows = new ArrayList<>();
            do {
                cursor.expectWord("ROW");
                cursor.expectSymbol("(");
                List<Expression> items = cursor.isSymbol(")") ? List.of() : valueList();
                cursor.expectSymbol(")");
                rows.add(new RowConstructor(items, true));
            } while (cursor.acceptSymbol(","));
            return new TableValueConstructor(rows);
        }
        throw cursor.error();
    }

    /** Expressions of a VALUES row, where DEFAULT is allowed. */
    List<Expression> valueList() {
        List<Expression> list = new ArrayList<>();
        do {
            list.add(expressions.expression());
        } while (cursor.acceptSymbol(","));
        return list;
    }

    private Query finish(WithClause with, QueryBody body) {
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptWord("ORDER")) {
            cursor.expectWord("BY");
            orderBy = expressions.orderList();
        }
        Limit limit = cursor.isWord("LIMIT") ? limit() : null;
        intoClause();
        LockingClause locking = null;
        while (cursor.isWord("FOR") || cursor.isWord("LOCK")) {
            LockingClause clause = lockingClause();
            if (locking == null) {
                locking = clause;
            }
        }
        intoClause();
        return new Query(with, body, orderBy, limit, locking);
    }

    Limit limit() {
        cursor.expectWord("LIMIT");
        Expression first = limitValue();
        if (cursor.acceptSymbol(",")) {
            Expression count = limitValue();
            return new Limit(count, first);
        }
        if (cursor.acceptWord("OFFSET")) {
            return new Limit(first, limitValue());
        }
        return new Limit(first, null);
    }

    private Expression limitValue() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.INTEGER) {
            cursor.advance();
            return ExpressionParser.integer(t.text());
        }
        if (t.isSymbol("?")) {
            cursor.advance();
            return new Parameter(cursor.nextParameterIndex());
        }
        return new ColumnRef(null, null, cursor.identifier());
    }

    private LockingClause lockingClause() {
        if (cursor.acceptWord("LOCK")) {
            cursor.expectWord("IN");
            cursor.expectWord("SHARE");
            cursor.expectWord("MODE");
            return new LockingClause(LockStrength.LOCK_IN_SHARE_MODE, List.of(), LockWait.DEFAULT);
        }
        cursor.expectWord("FOR");
        LockStrength strength;
        if (cursor.acceptWord("UPDATE")) {
            strength = LockStrength.FOR_UPDATE;
        } else {
            cursor.expectWord("SHARE");
            strength = LockStrength.FOR_SHARE;
        }
        List<ObjectName> tables = new ArrayList<>();
        if (cursor.acceptWord("OF")) {
            do {
                tables.add(objectName());
            } while (cursor.acceptSymbol(","));
        }
        LockWait wait = LockWait.DEFAULT;
        if (cursor.acceptWord("NOWAIT")) {
            wait = LockWait.NOWAIT;
        } else if (cursor.acceptWord("SKIP")) {
            cursor.expectWord("LOCKED");
            wait = LockWait.SKIP_LOCKED;
        }
        return new LockingClause(strength, tables, wait);
    }

    private void intoClause() {
        if (!cursor.isWord("INTO")) {
            return;
        }
        if (!into.isEmpty()) {
            throw cursor.error();
        }
        cursor.advance();
        List<Expression> targets = new ArrayList<>();
        do {
            Token t = cursor.peek();
            if (t.kind() == TokenKind.USER_VARIABLE) {
                cursor.advance();
                targets.add(new UserVariable(t.text()));
            } else {
                targets.add(new ColumnRef(null, null, cursor.identifier()));
            }
        } while (cursor.acceptSymbol(","));
        into = targets;
    }

    private QuerySpecification specification() {
        cursor.expectWord("SELECT");
        boolean distinct = false;
        boolean calcFoundRows = false;
        boolean straightJoin = false;
        while (true) {
            Token t = cursor.peek();
            if (t.kind() != TokenKind.WORD) {
                break;
            }
            switch (t.keyword()) {
                case "ALL" -> {
                }
                case "DISTINCT", "DISTINCTROW" -> distinct = true;
                case "SQL_CALC_FOUND_ROWS" -> calcFoundRows = true;
                case "STRAIGHT_JOIN" -> straightJoin = true;
                case "HIGH_PRIORITY", "SQL_SMALL_RESULT", "SQL_BIG_RESULT", "SQL_BUFFER_RESULT", "SQL_NO_CACHE",
                     "SQL_CACHE" -> {
                }
                default -> {
                    t = null;
                }
            }
            if (t == null) {
                break;
            }
            cursor.advance();
        }
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(selectItem());
        } while (cursor.acceptSymbol(","));
        intoClause();
        List<TableReference> from = List.of();
        if (cursor.acceptWord("FROM")) {
            if (!cursor.acceptWord("DUAL")) {
                from = tableReferences();
            }
        }
        Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
        List<Expression> groupBy = List.of();
        boolean rollup = false;
        if (cursor.acceptWord("GROUP")) {
            cursor.expectWord("BY");
            groupBy = expressions.expressionList();
            rollup = cursor.acceptWords("WITH", "ROLLUP");
        }
        Expression having = cursor.acceptWord("HAVING") ? expressions.expression() : null;
        List<NamedWindow> windows = new ArrayList<>();
        if (cursor.acceptWord("WINDOW")) {
            do {
                String name = cursor.identifier();
                cursor.expectWord("AS");
                windows.add(new NamedWindow(name, functionsWindow()));
            } while (cursor.acceptSymbol(","));
        }
        return new QuerySpecification(distinct, calcFoundRows, straightJoin, items, from, where, groupBy, rollup,
                having, windows);
    }

    private WindowSpecification functionsWindow() {
        return new FunctionParser(cursor, expressions).windowSpecification();
    }

    private SelectItem selectItem() {
        if (cursor.acceptSymbol("*")) {
            return new AllColumns(null, null);
        }
        if (isNameToken(cursor.peek()) && cursor.isSymbol(1, ".")) {
            if (cursor.isSymbol(2, "*")) {
                String table = cursor.anyName();
                cursor.advance();
                cursor.advance();
                return new AllColumns(null, table);
            }
            if (isNameToken(cursor.peek(2)) && cursor.isSymbol(3, ".") && cursor.isSymbol(4, "*")) {
                String schema = cursor.anyName();
                cursor.advance();
                String table = cursor.anyName();
                cursor.advance();
                cursor.advance();
                return new AllColumns(schema, table);
            }
        }
        int start = cursor.peek().start();
        Expression e = expressions.expression();
        int end = cursor.previous().end();
        String alias = alias(true);
        return new SelectExpression(e, alias, cursor.sql().substring(start, end), new SourceSpan(start, end));
    }

    private static boolean isNameToken(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    /** {@code [AS] alias}; select-list aliases may also be strings. */
    private String alias(boolean allowString) {
        if (cursor.acceptWord("AS")) {
            return allowString ? cursor.identifierOrText() : cursor.identifier();
        }
        Token t = cursor.peek();
        if (TokenCursor.isIdentifier(t) || allowString && t.kind() == TokenKind.STRING) {
            cursor.advance();
            return t.text();
        }
        return null;
    }

    List<TableReference> tableReferences() {
        List<TableReference> refs = new ArrayList<>();
        do {
            refs.add(tableReference());
        } while (cursor.acceptSymbol(","));
        return refs;
    }

    TableReference tableReference() {
        return joins(tableFactor());
    }

    private static boolean isJoinKeyword(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        return switch (t.keyword()) {
            case "JOIN", "INNER", "CROSS", "STRAIGHT_JOIN", "LEFT", "RIGHT", "NATURAL" -> true;
            default -> false;
        };
    }

    private TableReference joins(TableReference first) {
        TableReference left = first;
        while (true) {
            Token t = cursor.peek();
            if (t.kind() != TokenKind.WORD) {
                return left;
            }
            switch (t.keyword()) {
                case "JOIN", "INNER", "CROSS" -> {
                    JoinType type = t.keyword().equals("CROSS") ? JoinType.CROSS : JoinType.INNER;
                    if (!t.keyword().equals("JOIN")) {
                        cursor.advance();
                    }
                    cursor.expectWord("JOIN");
                    left = joinTail(type, left, false);
                }
                case "STRAIGHT_JOIN" -> {
                    cursor.advance();
                    left = joinTail(JoinType.STRAIGHT, left, false);
                }
                case "LEFT", "RIGHT" -> {
                    cursor.advance();
                    cursor.acceptWord("OUTER");
                    cursor.expectWord("JOIN");
                    left = joinTail(t.keyword().equals("LEFT") ? JoinType.LEFT : JoinType.RIGHT, left, true);
                }
                case "NATURAL" -> {
                    cursor.advance();
                    JoinType type = JoinType.NATURAL;
                    if (cursor.acceptWord("LEFT")) {
                        type = JoinType.NATURAL_LEFT;
                        cursor.acceptWord("OUTER");
                    } else if (cursor.acceptWord("RIGHT")) {
                        type = JoinType.NATURAL_RIGHT;
                        cursor.acceptWord("OUTER");
                    } else {
                        cursor.acceptWord("INNER");
                    }
                    cursor.expectWord("JOIN");
                    left = new Join(type, left, tableFactor(), null, List.of());
                }
                default -> {
                    return left;
                }
            }
        }
    }

    private TableReference joinTail(JoinType type, TableReference left, boolean conditionRequired) {
        TableReference right = tableFactor();
        if (type != JoinType.STRAIGHT && isJoinKeyword(cursor.peek())) {
            // "a JOIN b JOIN c ON x ON y": MySQL's grammar takes a table_reference on the right, so the inner
            // join binds first (its ON belongs to b JOIN c)
            right = joins(right);
        }
        if (cursor.acceptWord("ON")) {
            return new Join(type, left, right, expressions.expression(), List.of());
        }
        if (cursor.acceptWord("USING")) {
            return new Join(type, left, right, null, identifierList());
        }
        if (conditionRequired) {
            throw cursor.error();
        }
        return new Join(type, left, right, null, List.of());
    }

    private TableReference tableFactor() {
        if (cursor.acceptWord("LATERAL")) {
            cursor.expectSymbol("(");
            return derivedTable(true);
        }
        if (cursor.acceptSymbol("(")) {
            if (isQueryStart()) {
                return derivedTable(false);
            }
            if (cursor.isSymbol("(")) {
                // "((SELECT ..) ..) AS d" or "((t1 JOIN t2))": try the query reading first
                int mark = cursor.mark();
                int parameters = cursor.parameterMark();
                try {
                    return derivedTable(false);
                } catch (SqlSyntaxException e) {
                    cursor.reset(mark, parameters);
                }
            }
            List<TableReference> refs = tableReferences();
            cursor.expectSymbol(")");
            TableReference result = refs.get(0);
            for (int i = 1; i < refs.size(); i++) {
                result = new Join(JoinType.CROSS, result, refs.get(i), null, List.of());
            }
            return result;
        }
        ObjectName name = objectName();
        List<String> partitions = List.of();
        if (cursor.acceptWord("PARTITION")) {
            partitions = identifierList();
        }
        String alias = alias(false);
        List<IndexHint> hints = List.of();
        while (cursor.isWord("USE") || cursor.isWord("FORCE") || cursor.isWord("IGNORE")) {
            if (hints.isEmpty()) {
                hints = new ArrayList<>();
            }
            hints.add(indexHint());
        }
        return new TableName(name, alias, partitions, hints);
    }

    private TableReference derivedTable(boolean lateral) {
        Query q = query();
        cursor.expectSymbol(")");
        String alias = alias(false);
        List<String> columns = alias != null && cursor.isSymbol("(") ? identifierList() : List.of();
        return new DerivedTable(q, alias, columns, lateral);
    }

    private IndexHint indexHint() {
        IndexHintType type = IndexHintType.valueOf(cursor.advance().keyword());
        if (!cursor.acceptWord("INDEX")) {
            cursor.expectWord("KEY");
        }
        IndexHintScope scope = IndexHintScope.ALL;
        if (cursor.acceptWord("FOR")) {
            if (cursor.acceptWord("JOIN")) {
                scope = IndexHintScope.JOIN;
            } else if (cursor.acceptWord("ORDER")) {
                cursor.expectWord("BY");
                scope = IndexHintScope.ORDER_BY;
            } else {
                cursor.expectWord("GROUP");
                cursor.expectWord("BY");
                scope = IndexHintScope.GROUP_BY;
            }
        }
        cursor.expectSymbol("(");
        List<String> names = new ArrayList<>();
        if (!cursor.isSymbol(")")) {
            do {
                names.add(cursor.acceptWord("PRIMARY") ? "PRIMARY" : cursor.identifier());
            } while (cursor.acceptSymbol(","));
        }
        cursor.expectSymbol(")");
        return new IndexHint(type, scope, names);
    }

    /** {@code name} or {@code db.name}; after the dot any word is a name. */
    ObjectName objectName() {
        String first = cursor.identifier();
        if (cursor.acceptSymbol(".")) {
            return new ObjectName(first, cursor.anyName());
        }
        return new ObjectName(null, first);
    }
}
