package io.sprocket.engine.type;

/** MySQL 8.0's spelling of a column type in SHOW CREATE TABLE and information_schema.COLUMNS.COLUMN_TYPE. */
final class TypeText {
    private TypeText() {}

    static String columnType(SqlType t) {
        StringBuilder sb = new StringBuilder(24);
        TypeKind k = t.kind();
        sb.append(k.sqlName());
        switch (k) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> {
                // 8.0.19+ shows a display width only with ZEROFILL, plus the tinyint(1) boolean idiom
                if (t.zerofill()) sb.append('(').append(t.displayLength()).append(')');
                else if (k == TypeKind.TINYINT && t.length() == 1) sb.append("(1)");
            }
            case DECIMAL -> sb.append('(').append(t.length()).append(',').append(t.scale()).append(')');
            case FLOAT, DOUBLE -> {
                if (t.scale() >= 0) sb.append('(').append(t.length()).append(',').append(t.scale()).append(')');
            }
            case BIT, CHAR, VARCHAR, BINARY, VARBINARY -> sb.append('(').append(t.length()).append(')');
            case ENUM, SET -> {
                sb.append('(');
                for (int i = 0; i < t.elements().size(); i++) {
                    if (i > 0) sb.append(',');
                    appendQuoted(sb, t.elements().get(i));
                }
                sb.append(')');
            }
            case TIME, DATETIME, TIMESTAMP -> {
                if (t.scale() > 0) sb.append('(').append(t.scale()).append(')');
            }
            default -> { }
        }
        if (t.unsigned() && k.isNumeric()) sb.append(" unsigned");
        if (t.zerofill() && k.isNumeric()) sb.append(" zerofill");
        return sb.toString();
    }

    /** A string literal as SHOW CREATE writes it: single quotes doubled, backslashes doubled. */
    static void appendQuoted(StringBuilder sb, String s) {
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') sb.append("''");
            else if (c == '\\') sb.append("\\\\");
            else sb.append(c);
        }
        sb.append('\'');
    }
}
