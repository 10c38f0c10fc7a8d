package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Expressions with MySQL 8.0's precedence, lowest first: OR/||, XOR, AND/&&, NOT, comparison/IS, predicates
 * (IN, BETWEEN, LIKE, REGEXP, MEMBER OF), |, &, shifts, + -, * / DIV % MOD, ^, unary - ~ !, BINARY/COLLATE,
 * primaries. Function calls with special syntax are in {@link FunctionParser}.
 */
final class ExpressionParser {
    private final TokenCursor cursor;
    private final QueryParser queries;
    private final DataTypeParser types;
    private final FunctionParser functions;

    ExpressionParser(TokenCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.types = new DataTypeParser(cursor);
        this.queries = new QueryParser(cursor, this);
        this.functions = new FunctionParser(cursor, this);
    }

    QueryParser queries() {
        return queries;
    }

    DataTypeParser types() {
        return types;
    }

    Expression expression() {
        return or();
    }

    List<Expression> expressionList() {
        List<Expression> list = new ArrayList<>();
        do {
            list.add(expression());
        } while (cursor.acceptSymbol(","));
        return list;
    }

    private Expression or() {
        Expression left = xor();
        while (cursor.acceptWord("OR") || (!cursor.options().pipesAsConcat() && cursor.acceptSymbol("||"))) {
            left = new BinaryOperation(BinaryOperator.OR, left, xor());
        }
        return left;
    }

    private Expression xor() {
        Expression left = and();
        while (cursor.acceptWord("XOR")) {
            left = new BinaryOperation(BinaryOperator.XOR, left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (cursor.acceptWord("AND") || cursor.acceptSymbol("&&")) {
            left = new BinaryOperation(BinaryOperator.AND, left, not());
        }
        return left;
    }

    private Expression not() {
        if (!cursor.options().highNotPrecedence() && cursor.acceptWord("NOT")) {
            return new UnaryOperation(UnaryOperator.NOT, not());
        }
        return comparison();
    }

    private Expression comparison() {
        Expression left = predicate();
        while (true) {
            BinaryOperator op = comparisonOperator(cursor.peek());
            if (op != null) {
                cursor.advance();
                if ((cursor.isWord("ANY") || cursor.isWord("SOME") || cursor.isWord("ALL")) && cursor.isSymbol(1, "(")) {
                    Quantifier quantifier = cursor.advance().keyword().equals("ALL") ? Quantifier.ALL : Quantifier.ANY;
                    cursor.expectSymbol("(");
                    Query subquery = queries.query();
                    cursor.expectSymbol(")");
                    left = new QuantifiedComparison(op, quantifier, left, subquery);
                } else {
                    left = new BinaryOperation(op, left, predicate());
                }
            } else if (cursor.acceptWord("IS")) {
                boolean negated = cursor.acceptWord("NOT");
                IsCondition condition;
                if (cursor.acceptWord("NULL")) {
                    condition = IsCondition.NULL;
                } else if (cursor.acceptWord("TRUE")) {
                    condition = IsCondition.TRUE;
                } else if (cursor.acceptWord("FALSE")) {
                    condition = IsCondition.FALSE;
                } else if (cursor.acceptWord("UNKNOWN")) {
                    condition = IsCondition.UNKNOWN;
                } else {
                    throw cursor.error();
                }
                left = new IsTest(left, condition, negated);
            } else {
                return left;
            }
        }
    }

    private static BinaryOperator comparisonOperator(Token t) {
        if (t.kind() != TokenKind.SYMBOL) {
            return null;
        }
        return switch (t.text()) {
            case "=" -> BinaryOperator.EQUAL;
            case "<=>" -> BinaryOperator.NULL_SAFE_EQUAL;
            case "<>", "!=" -> BinaryOperator.NOT_EQUAL;
            case "<" -> BinaryOperator.LESS_THAN;
            case "<=" -> BinaryOperator.LESS_THAN_OR_EQUAL;
            case ">" -> BinaryOperator.GREATER_THAN;
            case ">=" -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            default -> null;
        };
    }

    private Expression predicate() {
        Expression left = bitOr();
        boolean negated = false;
        if (cursor.isWord("NOT")) {
            Token next = cursor.peek(1);
            if (next.isWord("IN") || next.isWord("BETWEEN") || next.isWord("LIKE") || next.isWord("REGEXP")
                    || next.isWord("RLIKE")) {
                cursor.advance();
                negated = true;
            } else {
                return left;
            }
        }
        if (cursor.acceptWord("IN")) {
            cursor.expectSymbol("(");
            if (queries.isQueryStart()) {
                Query subquery = queries.query();
                cursor.expectSymbol(")");
                return new InSubquery(left, subquery, negated);
            }
            List<Expression> values = expressionList();
            cursor.expectSymbol(")");
            return new InList(left, values, negated);
        }
        if (cursor.acceptWord("BETWEEN")) {
            Expression low = bitOr();
            cursor.expectWord("AND");
            Expression high = predicate();
            return new Between(left, low, high, negated);
        }
        if (cursor.acceptWord("LIKE")) {
            Expression pattern = unary();
            Expression escape = cursor.acceptWord("ESCAPE") ? unary() : null;
            return new Like(left, pattern, escape, negated);
        }
        if (cursor.acceptWord("REGEXP") || cursor.acceptWord("RLIKE")) {
            return new Regexp(left, bitOr(), negated);
        }
        if (!negated && cursor.isWord("MEMBER")) {
            cursor.advance();
            cursor.acceptWord("OF");
            cursor.expectSymbol("(");
            Expression array = expression();
            cursor.expectSymbol(")");
            return new MemberOf(left, array);
        }
        if (!negated && cursor.isWord("SOUNDS") && cursor.isWord(1, "LIKE")) {
            cursor.advance();
            cursor.advance();
            Expression right = bitOr();
            return new BinaryOperation(BinaryOperator.EQUAL, new FunctionCall(null, "soundex", List.of(left)),
                    new FunctionCall(null, "soundex", List.of(right)));
        }
        return left;
    }

    /** MySQL's bit_expr: arithmetic and bitwise operators, no comparisons or predicates. */
    Expression bitExpression() {
        return bitOr();
    }

    private Expression bitOr() {
        Expression left = bitAnd();
        while (cursor.acceptSymbol("|")) {
            left = new BinaryOperation(BinaryOperator.BIT_OR, left, bitAnd());
        }
        return left;
    }

    private Expression bitAnd() {
        Expression left = shift();
        while (cursor.acceptSymbol("&")) {
            left = new BinaryOperation(BinaryOperator.BIT_AND, left, shift());
        }
        return left;
    }

    private Expression shift() {
        Expression left = additive();
        while (true) {
            if (cursor.acceptSymbol("<<")) {
                left = new BinaryOperation(BinaryOperator.SHIFT_LEFT, left, additive());
            } else if (cursor.acceptSymbol(">>")) {
                left = new BinaryOperation(BinaryOperator.SHIFT_RIGHT, left, additive());
            } else {
                return left;
            }
        }
    }

    private Expression additive() {
        Expression left = multiplicative();
        while (true) {
            boolean plus = cursor.isSymbol("+");
            if (!plus && !cursor.isSymbol("-")) {
                return left;
            }
            cursor.advance();
            if (cursor.isWord("INTERVAL") && !cursor.isSymbol(1, "(")) {
                cursor.advance();
                Expression amount = expression();
                IntervalUnit unit = intervalUnit();
                left = new DateArithmetic(!plus, left, amount, unit);
            } else {
                left = new BinaryOperation(plus ? BinaryOperator.ADD : BinaryOperator.SUBTRACT, left, multiplicative());
            }
        }
    }

    private Expression multiplicative() {
        Expression left = bitXor();
        while (true) {
            BinaryOperator op;
            if (cursor.acceptSymbol("*")) {
                op = BinaryOperator.MULTIPLY;
            } else if (cursor.acceptSymbol("/")) {
                op = BinaryOperator.DIVIDE;
            } else if (cursor.acceptSymbol("%") || cursor.acceptWord("MOD")) {
                op = BinaryOperator.MODULO;
            } else if (cursor.acceptWord("DIV")) {
                op = BinaryOperator.INTEGER_DIVIDE;
            } else {
                return left;
            }
            left = new BinaryOperation(op, left, bitXor());
        }
    }

    private Expression bitXor() {
        Expression left = concat();
        while (cursor.acceptSymbol("^")) {
            left = new BinaryOperation(BinaryOperator.BIT_XOR, left, concat());
        }
        return left;
    }

    private Expression concat() {
        Expression left = unary();
        while (cursor.options().pipesAsConcat() && cursor.acceptSymbol("||")) {
            left = new BinaryOperation(BinaryOperator.CONCAT, left, unary());
        }
        return left;
    }

    /** MySQL's simple_expr: prefix operators over a primary with COLLATE. */
    Expression unary() {
        if (cursor.acceptSymbol("-")) {
            return new UnaryOperation(UnaryOperator.NEGATE, unary());
        }
        if (cursor.acceptSymbol("+")) {
            return unary();
        }
        if (cursor.acceptSymbol("~")) {
            return new UnaryOperation(UnaryOperator.BIT_NOT, unary());
        }
        if (cursor.acceptSymbol("!")) {
            return new UnaryOperation(UnaryOperator.NOT, unary());
        }
        if (cursor.options().highNotPrecedence() && cursor.acceptWord("NOT")) {
            return new UnaryOperation(UnaryOperator.NOT, unary());
        }
        if (cursor.acceptWord("BINARY")) {
            return new UnaryOperation(UnaryOperator.BINARY, unary());
        }
        Expression e = primary();
        while (cursor.acceptWord("COLLATE")) {
            e = new Collate(e, collationName());
        }
        return e;
    }

    String collationName() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.STRING) {
            cursor.advance();
            return t.text();
        }
        if (t.isWord("BINARY")) {
            cursor.advance();
            return "binary";
        }
        return cursor.identifier();
    }

    private Expression primary() {
        Token t = cursor.peek();
        switch (t.kind()) {
            case STRING -> {
                cursor.advance();
                return new StringLiteral(concatenated(t.text()), null);
            }
            case NATIONAL_STRING -> {
                cursor.advance();
                return new StringLiteral(concatenated(t.text()), "utf8mb3");
            }
            case INTRODUCER -> {
                cursor.advance();
                Token v = cursor.advance();
                return switch (v.kind()) {
                    case STRING -> new StringLiteral(concatenated(v.text()), t.text());
                    case HEX -> new HexLiteral(v.text(), t.text());
                    case BIT -> new BitLiteral(v.text(), t.text());
                    default -> throw cursor.errorAt(v);
                };
            }
            case HEX -> {
                cursor.advance();
                return new HexLiteral(t.text(), null);
            }
            case BIT -> {
                cursor.advance();
                return new BitLiteral(t.text(), null);
            }
            case INTEGER -> {
                cursor.advance();
                return integer(t.text());
            }
            case DECIMAL -> {
                cursor.advance();
                return new DecimalLiteral(new BigDecimal(t.text()), t.text());
            }
            case APPROXIMATE -> {
                cursor.advance();
                return new ApproximateLiteral(Double.parseDouble(t.text()), t.text());
            }
            case USER_VARIABLE -> {
                cursor.advance();
                if (cursor.acceptSymbol(":=")) {
                    return new AssignUserVariable(t.text(), expression());
                }
                return new UserVariable(t.text());
            }
            case SYMBOL -> {
                return symbolPrimary(t);
            }
            case QUOTED_IDENTIFIER -> {
                return identifierExpression();
            }
            case WORD -> {
                return wordPrimary(t);
            }
            default -> throw cursor.error();
        }
    }

    static IntegerLiteral integer(String text) {
        BigInteger value = text.length() < 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
        return new IntegerLiteral(value, text);
    }

    /** Adjacent literals 'a' 'b' are one string; only the first may carry an introducer. */
    private String concatenated(String first) {
        if (cursor.peek().kind() != TokenKind.STRING) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (cursor.peek().kind() == TokenKind.STRING) {
            sb.append(cursor.advance().text());
        }
        return sb.toString();
    }

    private Expression symbolPrimary(Token t) {
        switch (t.text()) {
            case "?" -> {
                cursor.advance();
                return new Parameter(cursor.nextParameterIndex());
            }
            case "@@" -> {
                cursor.advance();
                return systemVariable();
            }
            case "(" -> {
                cursor.advance();
                return parenthesized();
            }
            default -> throw cursor.error();
        }
    }

    /** After {@code @@}: {@code [GLOBAL. | SESSION. | LOCAL. | PERSIST. ...]name}. */
    SystemVariable systemVariable() {
        VariableScope scope = VariableScope.DEFAULT;
        if (cursor.isSymbol(1, ".")) {
            Token t = cursor.peek();
            VariableScope explicit = null;
            if (t.isWord("GLOBAL")) {
                explicit = VariableScope.GLOBAL;
            } else if (t.isWord("SESSION") || t.isWord("LOCAL")) {
                explicit = VariableScope.SESSION;
            } else if (t.isWord("PERSIST")) {
                explicit = VariableScope.PERSIST;
            } else if (t.isWord("PERSIST_ONLY")) {
                explicit = VariableScope.PERSIST_ONLY;
            }
            if (explicit != null) {
                scope = explicit;
                cursor.advance();
                cursor.advance();
            }
        }
        String name = cursor.anyName();
        if (cursor.isSymbol(".") && (cursor.peek(1).kind() == TokenKind.WORD
                || cursor.peek(1).kind() == TokenKind.QUOTED_IDENTIFIER)) {
            cursor.advance();
            name = name + "." + cursor.anyName();
        }
        return new SystemVariable(scope, name);
    }

    private Expression parenthesized() {
        if (queries.isQueryStart()) {
            Query query = queries.query();
            cursor.expectSymbol(")");
            return new ScalarSubquery(query);
        }
        Expression first = expression();
        if (first instanceof ScalarSubquery sub && queries.isQueryContinuation()) {
            Query query = queries.continueQuery(new NestedQuery(sub.query()));
            cursor.expectSymbol(")");
            return new ScalarSubquery(query);
        }
        if (cursor.acceptSymbol(",")) {
            List<Expression> items = new ArrayList<>();
            items.add(first);
            do {
                items.add(expression());
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
            return new RowConstructor(items, false);
        }
        cursor.expectSymbol(")");
        return first;
    }

    private Expression wordPrimary(Token t) {
        String k = t.keyword();
        switch (k) {
            case "NULL", "\\N" -> {
                cursor.advance();
                return new NullLiteral();
            }
            case "TRUE" -> {
                cursor.advance();
                return new BooleanLiteral(true);
            }
            case "FALSE" -> {
                cursor.advance();
                return new BooleanLiteral(false);
            }
            case "DATE", "TIME", "TIMESTAMP" -> {
                if (cursor.peek(1).kind() == TokenKind.STRING) {
                    cursor.advance();
                    String value = cursor.advance().text();
                    return new TemporalLiteral(TemporalKind.valueOf(k), value);
                }
            }
            case "EXISTS" -> {
                cursor.advance();
                cursor.expectSymbol("(");
                Query query = queries.query();
                cursor.expectSymbol(")");
                return new Exists(query);
            }
            case "CASE" -> {
                cursor.advance();
                return caseExpression();
            }
            case "ROW" -> {
                if (cursor.isSymbol(1, "(")) {
                    cursor.advance();
                    cursor.advance();
                    List<Expression> items = cursor.isSymbol(")") ? List.of() : expressionList();
                    cursor.expectSymbol(")");
                    return new RowConstructor(items, true);
                }
            }
            case "INTERVAL" -> {
                cursor.advance();
                return interval();
            }
            case "DEFAULT" -> {
                cursor.advance();
                if (cursor.acceptSymbol("(")) {
                    Expression column = identifierExpression();
                    cursor.expectSymbol(")");
                    if (!(column instanceof ColumnRef ref)) {
                        throw cursor.error();
                    }
                    return new DefaultValue(ref);
                }
                return new DefaultValue(null);
            }
            case "VALUES" -> {
                if (cursor.isSymbol(1, "(")) {
                    cursor.advance();
                    cursor.advance();
                    Expression column = identifierExpression();
                    cursor.expectSymbol(")");
                    if (!(column instanceof ColumnRef ref)) {
                        throw cursor.error();
                    }
                    return new ValuesReference(ref);
                }
            }
            default -> {
            }
        }
        Expression keywordFunction = functions.keywordFunction(t);
        if (keywordFunction != null) {
            return keywordFunction;
        }
        if (cursor.isSymbol(1, "(")) {
            return functions.call(t);
        }
        return identifierExpression();
    }

    /** After INTERVAL: the INTERVAL(n, n1, ...) function, or {@code INTERVAL expr unit + date}. */
    private Expression interval() {
        if (cursor.isSymbol("(")) {
            int mark = cursor.mark();
            int parameters = cursor.parameterMark();
            cursor.advance();
            Expression first = expression();
            if (cursor.acceptSymbol(",")) {
                List<Expression> args = new ArrayList<>();
                args.add(first);
                args.addAll(expressionList());
                cursor.expectSymbol(")");
                return new FunctionCall(null, "interval", args);
            }
            cursor.reset(mark, parameters);
        }
        Expression amount = expression();
        IntervalUnit unit = intervalUnit();
        cursor.expectSymbol("+");
        Expression date = bitXorOperand();
        return new DateArithmetic(false, date, amount, unit);
    }

    private Expression bitXorOperand() {
        return multiplicative();
    }

    IntervalUnit intervalUnit() {
        Token t = cursor.peek();
        IntervalUnit unit = t.kind() == TokenKind.WORD ? IntervalUnit.fromKeyword(t.keyword()) : null;
        if (unit == null) {
            throw cursor.error();
        }
        cursor.advance();
        return unit;
    }

    private Expression caseExpression() {
        Expression operand = cursor.isWord("WHEN") ? null : expression();
        List<WhenClause> whens = new ArrayList<>();
        while (cursor.acceptWord("WHEN")) {
            Expression condition = expression();
            cursor.expectWord("THEN");
            whens.add(new WhenClause(condition, expression()));
        }
        if (whens.isEmpty()) {
            throw cursor.error();
        }
        Expression elseResult = cursor.acceptWord("ELSE") ? expression() : null;
        cursor.expectWord("END");
        return new CaseExpression(operand, whens, elseResult);
    }

    /** {@code col}, {@code t.col}, {@code db.t.col}, {@code db.func(args)}, with an optional JSON {@code ->}. */
    Expression identifierExpression() {
        String first = cursor.identifier();
        Expression e;
        if (cursor.isSymbol(".") && !cursor.isSymbol(1, "*")) {
            cursor.advance();
            String second = cursor.anyName();
            if (cursor.isSymbol("(")) {
                return functions.storedFunctionCall(first, second);
            }
            if (cursor.isSymbol(".") && !cursor.isSymbol(1, "*")) {
                cursor.advance();
                String third = cursor.anyName();
                e = new ColumnRef(first, second, third);
            } else {
                e = new ColumnRef(null, first, second);
            }
        } else {
            e = new ColumnRef(null, null, first);
        }
        if (cursor.isSymbol("->") || cursor.isSymbol("->>")) {
            boolean unquote = cursor.advance().text().equals("->>");
            Token path = cursor.peek();
            if (path.kind() != TokenKind.STRING) {
                throw cursor.error();
            }
            cursor.advance();
            e = new BinaryOperation(unquote ? BinaryOperator.JSON_UNQUOTE_EXTRACT : BinaryOperator.JSON_EXTRACT, e,
                    new StringLiteral(path.text(), null));
        }
        return e;
    }

    List<OrderItem> orderList() {
        List<OrderItem> items = new ArrayList<>();
        do {
            Expression e = expression();
            SortOrder order = SortOrder.DEFAULT;
            if (cursor.acceptWord("ASC")) {
                order = SortOrder.ASC;
            } else if (cursor.acceptWord("DESC")) {
                order = SortOrder.DESC;
            }
            items.add(new OrderItem(e, order));
        } while (cursor.acceptSymbol(","));
        return items;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
