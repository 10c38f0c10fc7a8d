package io.sprocket.sql;

import io.sprocket.sql.ast.DataType;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.Statement;

/**
 * AST back to canonical SQL text, the way MySQL 8.0 prints it in SHOW CREATE TABLE / SHOW CREATE VIEW:
 * backquoted identifiers, every operator application parenthesised ({@code CHECK ((`a` > 0))} comes from
 * {@code "(" + formatExpression(a > 0) + ")"}), lower-case keywords and canonical function names
 * ({@code substring} prints as {@code substr}, {@code CURRENT_TIMESTAMP} as {@code now()}).
 *
 * <p>Formatting then re-parsing gives an equivalent tree, and formatting that tree again gives the same text.
 */
public final class SqlFormatter {
    private final String stringIntroducer;

    /**
     * @param stringIntroducer charset printed before string literals that have no introducer of their own
     *                         (MySQL prints {@code _utf8mb4'x'} in CHECK and generated-column expressions); null
     *                         prints them bare
     */
    public SqlFormatter(String stringIntroducer) {
        this.stringIntroducer = stringIntroducer;
    }

    /** Formats with bare string literals. */
    public static final SqlFormatter PLAIN = new SqlFormatter(null);

    public String formatExpression(Expression expression) {
        StringBuilder sb = new StringBuilder();
        new ExpressionFormatter(sb, stringIntroducer).expression(expression);
        return sb.toString();
    }

    public String formatQuery(Query query) {
        StringBuilder sb = new StringBuilder();
        new ExpressionFormatter(sb, stringIntroducer).query(query);
        return sb.toString();
    }

    /** A data type as MySQL 8.0 prints it in SHOW CREATE TABLE (e.g. {@code int unsigned}, {@code varchar(20)}). */
    public String formatDataType(DataType type) {
        StringBuilder sb = new StringBuilder();
        ExpressionFormatter.dataType(sb, type, false);
        return sb.toString();
    }

    public String formatStatement(Statement statement) {
        StringBuilder sb = new StringBuilder();
        new StatementFormatter(sb, new ExpressionFormatter(sb, stringIntroducer)).statement(statement);
        return sb.toString();
    }

    /** {@code `name`} with embedded backquotes doubled. */
    public static String quoteIdentifier(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 2);
        ExpressionFormatter.identifier(sb, name);
        return sb.toString();
    }

    /** {@code 'text'} with MySQL's escapes (\\, \', \n, \r, \0, \Z). */
    public static String quoteString(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        ExpressionFormatter.string(sb, text);
        return sb.toString();
    }
}
