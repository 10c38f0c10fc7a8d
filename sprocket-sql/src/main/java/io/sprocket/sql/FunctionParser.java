package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Function calls: the generic {@code name(args)} form and the built-ins MySQL gives their own syntax (CAST,
 * CONVERT, TRIM, SUBSTRING .. FROM, POSITION .. IN, EXTRACT, DATE_ADD .. INTERVAL, TIMESTAMPADD, CHAR .. USING,
 * GET_FORMAT, aggregates, GROUP_CONCAT, window functions, and the niladic keyword functions).
 */
final class FunctionParser {
    private static final Set<String> AGGREGATES = Set.of("AVG", "BIT_AND", "BIT_OR", "BIT_XOR", "COUNT",
            "JSON_ARRAYAGG", "JSON_OBJECTAGG", "MAX", "MIN", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "SUM",
            "VAR_POP", "VAR_SAMP", "VARIANCE");
    private static final Set<String> WINDOW_FUNCTIONS = Set.of("ROW_NUMBER", "RANK", "DENSE_RANK", "PERCENT_RANK",
            "CUME_DIST", "NTILE", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "NTH_VALUE");
    /** Reserved words that are nevertheless function names when followed by "(". */
    private static final Set<String> RESERVED_FUNCTIONS = Set.of("CHAR", "CONVERT", "IF", "INSERT", "LEFT", "RIGHT",
            "REPEAT", "REPLACE", "MOD", "DATABASE", "SCHEMA", "GROUPING", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP",
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "LOCALTIME", "LOCALTIMESTAMP");
    /** Built-ins whose special syntax needs "(" right after the name (MySQL's sql_functions list). */
    private static final Set<String> SPACE_SENSITIVE = Set.of("ADDDATE", "BIT_AND", "BIT_OR", "BIT_XOR", "CAST",
            "COUNT", "DATE_ADD", "DATE_SUB", "EXTRACT", "GROUP_CONCAT", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "MAX",
            "MIN", "POSITION", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "SUBDATE", "SUBSTR", "SUBSTRING", "SUM",
            "TRIM", "VARIANCE", "VAR_POP", "VAR_SAMP", "AVG");
    private static final Set<String> CAST_TYPES = Set.of("BINARY", "CHAR", "CHARACTER", "NCHAR", "NATIONAL", "DATE",
            "DATETIME", "TIME", "DECIMAL", "DEC", "SIGNED", "UNSIGNED", "JSON", "DOUBLE", "FLOAT", "REAL", "YEAR");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FunctionParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
    }

    /** CURRENT_TIMESTAMP and friends, which need no parentheses; null when t is not one of them. */
    Expression keywordFunction(Token t) {
        String k = t.keyword();
        boolean withFsp;
        switch (k) {
            case "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_TIME", "UTC_TIME", "UTC_TIMESTAMP" ->
                    withFsp = true;
            case "CURRENT_DATE", "UTC_DATE", "CURRENT_USER" -> withFsp = false;
            default -> {
                return null;
            }
        }
        cursor.advance();
        List<Expression> args = List.of();
        if (cursor.acceptSymbol("(")) {
            if (withFsp && cursor.peek().kind() == TokenKind.INTEGER) {
                args = List.of(ExpressionParser.integer(cursor.advance().text()));
            }
            cursor.expectSymbol(")");
        }
        return new FunctionCall(null, k, args);
    }

    /** A call whose name token t is current and followed by "(". */
    Expression call(Token t) {
        String k = t.keyword();
        if (Keywords.isReserved(k) && !RESERVED_FUNCTIONS.contains(k) && !WINDOW_FUNCTIONS.contains(k)) {
            throw cursor.error();
        }
        // MySQL's lexer only makes COUNT, CAST, TRIM, ... keywords when "(" follows at once (or under
        // IGNORE_SPACE); "count (*)" is an ordinary (stored) function call and fails at "*"
        boolean specialSyntax = cursor.peek(1).start() == t.end() || cursor.options().ignoreSpace()
                || !SPACE_SENSITIVE.contains(k);
        cursor.advance();
        cursor.expectSymbol("(");
        if (!specialSyntax) {
            List<Expression> args = cursor.isSymbol(")") ? List.of() : expressions.expressionList();
            cursor.expectSymbol(")");
            return new FunctionCall(null, t.text(), args);
        }
        if (AGGREGATES.contains(k)) {
            return aggregate(k);
        }
        if (WINDOW_FUNCTIONS.contains(k)) {
            return windowFunction(k);
        }
        Expression special = switch (k) {
            case "GROUP_CONCAT" -> groupConcat();
            case "CAST" -> cast();
            case "CONVERT" -> convert();
            case "TRIM" -> trim();
            case "SUBSTRING", "SUBSTR" -> substring(t.text());
            case "POSITION" -> position();
            case "EXTRACT" -> extract();
            case "DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE" -> dateArithmetic(k);
            case "TIMESTAMPADD", "TIMESTAMPDIFF" -> timestampFunction(k);
            case "CHAR" -> charFunction();
            case "GET_FORMAT" -> getFormat();
            default -> null;
        };
        if (special != null) {
            return special;
        }
        List<Expression> args = cursor.isSymbol(")") ? List.of() : expressions.expressionList();
        cursor.expectSymbol(")");
        return new FunctionCall(null, t.text(), args);
    }

    /** {@code db.name(args)}: a stored function; the "(" is current. */
    Expression storedFunctionCall(String schema, String name) {
        cursor.expectSymbol("(");
        List<Expression> args = cursor.isSymbol(")") ? List.of() : expressions.expressionList();
        cursor.expectSymbol(")");
        return new FunctionCall(schema, name, args);
    }

    private Expression aggregate(String name) {
        boolean distinct = false;
        boolean star = false;
        List<Expression> args;
        if (name.equals("COUNT") && cursor.isSymbol("*")) {
            cursor.advance();
            star = true;
            args = List.of();
        } else {
            if (cursor.acceptWord("DISTINCT") || cursor.acceptWord("DISTINCTROW")) {
                distinct = true;
            } else {
                cursor.acceptWord("ALL");
            }
            args = expressions.expressionList();
        }
        cursor.expectSymbol(")");
        WindowReference over = cursor.acceptWord("OVER") ? windowReference() : null;
        return new AggregateCall(name, distinct, star, args, over);
    }

    private Expression windowFunction(String name) {
        List<Expression> args = cursor.isSymbol(")") ? List.of() : expressions.expressionList();
        cursor.expectSymbol(")");
        boolean fromLast = false;
        if (name.equals("NTH_VALUE") && cursor.acceptWord("FROM")) {
            if (cursor.acceptWord("LAST")) {
                fromLast = true;
            } else {
                cursor.expectWord("FIRST");
            }
        }
        boolean ignoreNulls = false;
        if (cursor.acceptWord("IGNORE")) {
            cursor.expectWord("NULLS");
            ignoreNulls = true;
        } else if (cursor.acceptWord("RESPECT")) {
            cursor.expectWord("NULLS");
        }
        cursor.expectWord("OVER");
        return new WindowFunctionCall(name, args, fromLast, ignoreNulls, windowReference());
    }

    WindowReference windowReference() {
        if (cursor.isSymbol("(")) {
            return windowSpecification();
        }
        return new NamedWindowReference(cursor.identifier());
    }

    /** {@code ( [base] [PARTITION BY ..] [ORDER BY ..] [frame] )}. */
    WindowSpecification windowSpecification() {
        cursor.expectSymbol("(");
        String base = cursor.isIdentifier() ? cursor.identifier() : null;
        List<Expression> partitionBy = List.of();
        if (cursor.acceptWord("PARTITION")) {
            cursor.expectWord("BY");
            partitionBy = expressions.expressionList();
        }
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptWord("ORDER")) {
            cursor.expectWord("BY");
            orderBy = expressions.orderList();
        }
        WindowFrame frame = null;
        if (cursor.isWord("ROWS") || cursor.isWord("RANGE")) {
            FrameUnit unit = cursor.advance().keyword().equals("ROWS") ? FrameUnit.ROWS : FrameUnit.RANGE;
            if (cursor.acceptWord("BETWEEN")) {
                FrameBound start = frameBound();
                cursor.expectWord("AND");
                frame = new WindowFrame(unit, start, frameBound());
            } else {
                frame = new WindowFrame(unit, frameBound(), null);
            }
        }
        cursor.expectSymbol(")");
        return new WindowSpecification(base, partitionBy, orderBy, frame);
    }

    private FrameBound frameBound() {
        if (cursor.acceptWord("UNBOUNDED")) {
            if (cursor.acceptWord("PRECEDING")) {
                return new FrameBound(FrameBoundKind.UNBOUNDED_PRECEDING, null, null);
            }
            cursor.expectWord("FOLLOWING");
            return new FrameBound(FrameBoundKind.UNBOUNDED_FOLLOWING, null, null);
        }
        if (cursor.acceptWord("CURRENT")) {
            cursor.expectWord("ROW");
            return new FrameBound(FrameBoundKind.CURRENT_ROW, null, null);
        }
        Expression offset;
        IntervalUnit unit = null;
        if (cursor.acceptWord("INTERVAL")) {
            offset = expressions.expression();
            unit = expressions.intervalUnit();
        } else {
            offset = expressions.unary();
        }
        if (cursor.acceptWord("PRECEDING")) {
            return new FrameBound(FrameBoundKind.PRECEDING, offset, unit);
        }
        cursor.expectWord("FOLLOWING");
        return new FrameBound(FrameBoundKind.FOLLOWING, offset, unit);
    }

    private Expression groupConcat() {
        boolean distinct = cursor.acceptWord("DISTINCT");
        List<Expression> args = expressions.expressionList();
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptWord("ORDER")) {
            cursor.expectWord("BY");
            orderBy = expressions.orderList();
        }
        StringLiteral separator = null;
        if (cursor.acceptWord("SEPARATOR")) {
            separator = new StringLiteral(cursor.expectString(), null);
        }
        cursor.expectSymbol(")");
        return new GroupConcat(distinct, args, orderBy, separator);
    }

    private Expression cast() {
        Expression operand = expressions.expression();
        cursor.expectWord("AS");
        DataType type = castType();
        cursor.expectSymbol(")");
        return new Cast(operand, type);
    }

    private DataType castType() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD || !CAST_TYPES.contains(t.keyword())) {
            throw cursor.error();
        }
        return expressions.types().dataType(true);
    }

    private Expression convert() {
        Expression operand = expressions.expression();
        if (cursor.acceptWord("USING")) {
            String charset = charsetName();
            cursor.expectSymbol(")");
            return new ConvertUsing(operand, charset);
        }
        cursor.expectSymbol(",");
        DataType type = castType();
        cursor.expectSymbol(")");
        return new Cast(operand, type);
    }

    String charsetName() {
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

    private Expression trim() {
        TrimMode mode = TrimMode.DEFAULT;
        if (cursor.acceptWord("LEADING")) {
            mode = TrimMode.LEADING;
        } else if (cursor.acceptWord("TRAILING")) {
            mode = TrimMode.TRAILING;
        } else if (cursor.acceptWord("BOTH")) {
            mode = TrimMode.BOTH;
        }
        Expression remove = null;
        Expression source;
        if (mode != TrimMode.DEFAULT && cursor.acceptWord("FROM")) {
            source = expressions.expression();
        } else {
            Expression first = expressions.expression();
            if (cursor.acceptWord("FROM")) {
                remove = first;
                source = expressions.expression();
            } else if (mode != TrimMode.DEFAULT) {
                throw cursor.error();
            } else {
                source = first;
            }
        }
        cursor.expectSymbol(")");
        return new Trim(mode, remove, source);
    }

    private Expression substring(String written) {
        Expression source = expressions.expression();
        List<Expression> args = new ArrayList<>();
        args.add(source);
        if (cursor.acceptWord("FROM")) {
            args.add(expressions.expression());
            if (cursor.acceptWord("FOR")) {
                args.add(expressions.expression());
            }
            cursor.expectSymbol(")");
            return new FunctionCall(null, "SUBSTRING", args);
        }
        cursor.expectSymbol(",");
        args.addAll(expressions.expressionList());
        cursor.expectSymbol(")");
        return new FunctionCall(null, written, args);
    }

    private Expression position() {
        // POSITION(a IN b): the left side must stop before IN, so parse below the predicate level
        Expression needle = expressions.bitExpression();
        cursor.expectWord("IN");
        Expression haystack = expressions.expression();
        cursor.expectSymbol(")");
        return new FunctionCall(null, "LOCATE", List.of(needle, haystack));
    }

    private Expression extract() {
        IntervalUnit unit = expressions.intervalUnit();
        cursor.expectWord("FROM");
        Expression source = expressions.expression();
        cursor.expectSymbol(")");
        return new Extract(unit, source);
    }

    private Expression dateArithmetic(String name) {
        boolean subtract = name.equals("DATE_SUB") || name.equals("SUBDATE");
        Expression date = expressions.expression();
        cursor.expectSymbol(",");
        Expression amount;
        IntervalUnit unit;
        if (cursor.acceptWord("INTERVAL")) {
            amount = expressions.expression();
            unit = expressions.intervalUnit();
        } else if (name.equals("ADDDATE") || name.equals("SUBDATE")) {
            amount = expressions.expression();
            unit = IntervalUnit.DAY;
        } else {
            throw cursor.error();
        }
        cursor.expectSymbol(")");
        return new DateArithmetic(subtract, date, amount, unit);
    }

    private Expression timestampFunction(String name) {
        IntervalUnit unit = expressions.intervalUnit();
        cursor.expectSymbol(",");
        Expression a = expressions.expression();
        cursor.expectSymbol(",");
        Expression b = expressions.expression();
        cursor.expectSymbol(")");
        return name.equals("TIMESTAMPADD") ? new TimestampAdd(unit, a, b) : new TimestampDiff(unit, a, b);
    }

    private Expression charFunction() {
        List<Expression> args = expressions.expressionList();
        String charset = cursor.acceptWord("USING") ? charsetName() : null;
        cursor.expectSymbol(")");
        return new CharFunction(args, charset);
    }

    private Expression getFormat() {
        Token t = cursor.peek();
        TemporalKind kind = switch (t.kind() == TokenKind.WORD ? t.keyword() : "") {
            case "DATE" -> TemporalKind.DATE;
            case "TIME" -> TemporalKind.TIME;
            case "DATETIME" -> TemporalKind.DATETIME;
            case "TIMESTAMP" -> TemporalKind.TIMESTAMP;
            default -> throw cursor.error();
        };
        cursor.advance();
        cursor.expectSymbol(",");
        Expression locale = expressions.expression();
        cursor.expectSymbol(")");
        return new GetFormat(kind, locale);
    }
}
