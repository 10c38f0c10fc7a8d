package io.sprocket.engine.catalog;

import io.sprocket.engine.result.FloatText;
import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.FunctionCall;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Locale;

/** SHOW CREATE TABLE and SHOW CREATE DATABASE text, as MySQL 8.0 prints it. */
public final class ShowCreate {
    private ShowCreate() {
    }

    /** {@code CREATE DATABASE `d` /*!40100 DEFAULT CHARACTER SET ... COLLATE ... *}{@code / /*!80016 ...}. */
    public static String database(DatabaseDef db, boolean ifNotExists) {
        return "CREATE DATABASE " + (ifNotExists ? "/*!32312 IF NOT EXISTS*/ " : "") + ExpressionText.identifier(db.name())
                + " /*!40100 DEFAULT CHARACTER SET " + db.collation().charsetName() + " COLLATE " + db.collation().name()
                + " */ /*!80016 DEFAULT ENCRYPTION='N' */";
    }

    /**
     * @param nextAutoIncrement the table's next AUTO_INCREMENT value ({@code TableStore.nextAutoIncrement()}); printed
     *                          as AUTO_INCREMENT=n when greater than 1
     */
    public static String table(TableDef t, long nextAutoIncrement) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(ExpressionText.identifier(t.name())).append(" (\n");
        boolean first = true;
        for (ColumnDef c : t.columns()) {
            if (!first) sb.append(",\n");
            first = false;
            sb.append("  ").append(column(t, c));
        }
        for (IndexDef i : t.indexes()) {
            sb.append(",\n  ").append(index(t, i));
        }
        for (ForeignKeyDef f : t.foreignKeys()) {
            sb.append(",\n  ").append(foreignKey(t, f));
        }
        for (CheckDef c : t.checks()) {
            sb.append(",\n  CONSTRAINT ").append(ExpressionText.identifier(c.name())).append(" CHECK (")
                    .append(ExpressionText.format(c.condition())).append(')');
            if (!c.enforced()) sb.append(" /*!80016 NOT ENFORCED */");
        }
        sb.append("\n) ENGINE=").append(t.engine());
        if (nextAutoIncrement > 1) sb.append(" AUTO_INCREMENT=").append(nextAutoIncrement);
        sb.append(" DEFAULT CHARSET=").append(t.collation().charsetName());
        sb.append(" COLLATE=").append(t.collation().name());
        for (String option : t.createOptions()) sb.append(' ').append(option);
        if (!t.comment().isEmpty()) sb.append(" COMMENT=").append(ExpressionText.quote(t.comment()));
        return sb.toString();
    }

    static String column(TableDef t, ColumnDef c) {
        SqlType type = c.type();
        StringBuilder sb = new StringBuilder(ExpressionText.identifier(c.name())).append(' ').append(type.sqlText());
        if (type.kind().hasCollation()) {
            boolean charsetDiffers = !type.collation().charset().equals(t.collation().charset());
            if (charsetDiffers) sb.append(" CHARACTER SET ").append(type.collation().charsetName());
            // MySQL 8.0 names the collation when it is not its charset's default, or when it differs from the
            // table's within the same charset (so the text recreates the column exactly).
            boolean differsFromTable = !charsetDiffers && !type.collation().equals(t.collation());
            if (!type.collation().isDefault() || differsFromTable) {
                sb.append(" COLLATE ").append(type.collation().name());
            }
        }
        // MySQL 8.0 omits DEFAULT NULL for TEXT/BLOB but prints it for JSON (e.g. `j` json DEFAULT NULL).
        boolean lob = type.kind().isTextOrBlob();
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        } else if (type.kind() == TypeKind.TIMESTAMP) {
            sb.append(" NULL");
        }
        if (c.defaultExpression() != null) {
            sb.append(" DEFAULT ").append(defaultExpression(c));
        } else if (c.hasDefault() && !c.autoIncrement()) {
            if (c.defaultValue() != null) {
                sb.append(" DEFAULT ").append(literal(type, c.defaultValue()));
            } else if (c.nullable() && !lob) {
                sb.append(" DEFAULT NULL");
            }
        }
        if (c.onUpdateNow()) sb.append(" ON UPDATE ").append(now(type.fsp()));
        if (c.autoIncrement()) sb.append(" AUTO_INCREMENT");
        if (!c.comment().isEmpty()) sb.append(" COMMENT ").append(ExpressionText.quote(c.comment()));
        if (c.invisible()) sb.append(" /*!80023 INVISIBLE */");
        return sb.toString();
    }

    private static String defaultExpression(ColumnDef c) {
        if (c.defaultExpression() instanceof FunctionCall f && isNow(f)) return now(c.type().fsp());
        return "(" + ExpressionText.format(c.defaultExpression()) + ")";
    }

    private static boolean isNow(FunctionCall f) {
        return switch (f.name().toUpperCase(Locale.ROOT)) {
            case "CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP" -> true;
            default -> false;
        };
    }

    private static String now(int fsp) {
        return fsp > 0 ? "CURRENT_TIMESTAMP(" + fsp + ")" : "CURRENT_TIMESTAMP";
    }

    static String index(TableDef t, IndexDef i) {
        StringBuilder sb = new StringBuilder();
        switch (i.kind()) {
            case PRIMARY -> sb.append("PRIMARY KEY ");
            case UNIQUE -> sb.append("UNIQUE KEY ").append(ExpressionText.identifier(i.name())).append(' ');
            case INDEX -> sb.append("KEY ").append(ExpressionText.identifier(i.name())).append(' ');
        }
        sb.append('(');
        boolean first = true;
        for (IndexDef.Part p : i.parts()) {
            if (!first) sb.append(',');
            first = false;
            sb.append(ExpressionText.identifier(t.columns().get(p.column()).name()));
            if (p.prefixLength() > 0) sb.append('(').append(p.prefixLength()).append(')');
            if (p.descending()) sb.append(" DESC");
        }
        sb.append(')');
        if (!i.comment().isEmpty()) sb.append(" COMMENT ").append(ExpressionText.quote(i.comment()));
        if (!i.visible()) sb.append(" /*!80000 INVISIBLE */");
        return sb.toString();
    }

    static String foreignKey(TableDef t, ForeignKeyDef f) {
        StringBuilder sb = new StringBuilder("CONSTRAINT ").append(ExpressionText.identifier(f.name()))
                .append(" FOREIGN KEY (").append(identifiers(f.columns())).append(") REFERENCES ");
        if (!f.referencedSchema().equals(t.schema())) sb.append(ExpressionText.identifier(f.referencedSchema())).append('.');
        sb.append(ExpressionText.identifier(f.referencedTable())).append(" (").append(identifiers(f.referencedColumns()))
                .append(')');
        String onDelete = action(f.onDelete());
        if (onDelete != null) sb.append(" ON DELETE ").append(onDelete);
        String onUpdate = action(f.onUpdate());
        if (onUpdate != null) sb.append(" ON UPDATE ").append(onUpdate);
        return sb.toString();
    }

    /** MySQL omits the default action (NO ACTION, or none given). */
    private static String action(io.sprocket.sql.ast.ReferentialAction a) {
        return switch (a) {
            case UNSPECIFIED, NO_ACTION -> null;
            case RESTRICT -> "RESTRICT";
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
        };
    }

    private static String identifiers(java.util.List<String> names) {
        return String.join(",", names.stream().map(ExpressionText::identifier).toList());
    }

    /** A constant DEFAULT: MySQL quotes every value, numbers included ({@code DEFAULT '0'}); BIT as b'...'. */
    static String literal(SqlType type, Object v) {
        return switch (v) {
            case BitValue b -> "b'" + Long.toBinaryString(b.bits()) + "'";
            case byte[] bytes -> "0x" + HexFormat.of().formatHex(bytes);
            case BigDecimal d -> "'" + d.toPlainString() + "'";
            case Double d -> "'" + FloatText.format(d, type.kind() == TypeKind.FLOAT) + "'";
            case SqlDate d -> "'" + date(d) + "'";
            case SqlDateTime d -> "'" + date(d.date()) + " " + time(false, d.hour(), d.minute(), d.second(), d.micros(),
                    type.fsp()) + "'";
            case SqlTime d -> "'" + time(d.negative(), d.hour(), d.minute(), d.second(), d.micros(), type.fsp()) + "'";
            case String s -> ExpressionText.quote(s);
            default -> "'" + v + "'";
        };
    }

    private static String date(SqlDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    }

    private static String time(boolean negative, int h, int m, int s, int micros, int fsp) {
        String text = String.format(Locale.ROOT, "%s%02d:%02d:%02d", negative ? "-" : "", h, m, s);
        if (fsp > 0) text += "." + String.format(Locale.ROOT, "%06d", micros).substring(0, fsp);
        return text;
    }
}
