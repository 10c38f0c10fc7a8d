package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.ApproximateLiteral;
import io.sprocket.sql.ast.Between;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BitLiteral;
import io.sprocket.sql.ast.BooleanLiteral;
import io.sprocket.sql.ast.Collate;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.DecimalLiteral;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.HexLiteral;
import io.sprocket.sql.ast.InList;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.IsTest;
import io.sprocket.sql.ast.Like;
import io.sprocket.sql.ast.NullLiteral;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.TemporalLiteral;
import io.sprocket.sql.ast.UnaryOperation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Expressions in MySQL 8.0's canonical print form, as SHOW CREATE TABLE shows CHECK conditions and DEFAULT (expr):
 * every operation parenthesised, identifiers back-quoted, string literals with their character set introducer,
 * function names lower case ({@code CHECK ((`a` > 0))}, {@code DEFAULT (rand())}). Used until sprocket-sql offers
 * a formatter; node kinds not listed here print in a generic functional form.
 */
public final class ExpressionText {
    private ExpressionText() {
    }

    public static String format(Expression e) {
        return format(e, null);
    }

    /** As {@link #format(Expression)}, routine variables in {@code locals} printed as {@code name@offset}. */
    public static String format(Expression e, io.sprocket.engine.expr.LocalVariables locals) {
        return switch (e) {
            case NullLiteral n -> "NULL";
            case IntegerLiteral i -> i.value().toString();
            case DecimalLiteral d -> d.value().toPlainString();
            case ApproximateLiteral a -> a.text();
            case StringLiteral s -> (s.introducer() != null ? s.introducer().toLowerCase(Locale.ROOT) : "_utf8mb4")
                    + quote(s.value());
            case BooleanLiteral b -> b.value() ? "true" : "false";
            case HexLiteral h -> "0x" + h.digits().toLowerCase(Locale.ROOT);
            case BitLiteral b -> "0b" + b.bits();
            case TemporalLiteral t -> t.kind().name() + " " + quote(t.value());
            case ColumnRef c -> {
                // a routine variable prints as MySQL's Item_splocal does: name@frame-offset
                io.sprocket.engine.expr.LocalVariables.Local l = c.table() == null && locals != null ? locals.lookup(c.column()) : null;
                yield l != null ? l.name() + "@" + l.slot() : identifier(c.column());
            }
            case BinaryOperation b -> "(" + format(b.left(), locals) + " " + b.operator().symbol() + " " + format(b.right(), locals) + ")";
            case UnaryOperation u -> switch (u.operator()) {
                case NOT -> "(not(" + format(u.operand(), locals) + "))";
                case NEGATE -> "-(" + format(u.operand(), locals) + ")";
                case BIT_NOT -> "~(" + format(u.operand(), locals) + ")";
                case BINARY -> "cast(" + format(u.operand(), locals) + " as char charset binary)";
            };
            case IsTest t -> "(" + format(t.operand(), locals) + " is " + (t.negated() ? "not " : "")
                    + t.condition().name().toLowerCase(Locale.ROOT) + ")";
            case Between b -> "(" + format(b.value(), locals) + (b.negated() ? " not" : "") + " between " + format(b.low(), locals)
                    + " and " + format(b.high(), locals) + ")";
            case InList i -> "(" + format(i.value(), locals) + (i.negated() ? " not" : "") + " in (" + list(i.values(), locals) + "))";
            case Like l -> "(" + format(l.value(), locals) + (l.negated() ? " not" : "") + " like " + format(l.pattern(), locals)
                    + (l.escape() != null ? " escape " + format(l.escape(), locals) : "") + ")";
            case Collate c -> "(" + format(c.operand(), locals) + " collate " + c.collation() + ")";
            case FunctionCall f -> functionName(f) + "(" + list(f.arguments(), locals) + ")";
            default -> e.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "(...)";
        };
    }

    private static String functionName(FunctionCall f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        if (name.equals("current_timestamp") || name.equals("localtime") || name.equals("localtimestamp")) name = "now";
        return f.schema() != null ? identifier(f.schema()) + "." + name : name;
    }

    private static String list(List<Expression> items, io.sprocket.engine.expr.LocalVariables locals) {
        return items.stream().map(x -> format(x, locals)).collect(Collectors.joining(","));
    }

    public static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A string literal as SHOW CREATE prints it: single quotes doubled, backslashes escaped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> sb.append("''");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
