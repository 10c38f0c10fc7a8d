package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.List;

/**
 * Prints CREATE / ALTER / DROP PROCEDURE and FUNCTION in the layout of MySQL 8.0's SHOW CREATE PROCEDURE: the
 * header, one characteristic per line indented by four spaces, then the body's source text exactly as written.
 */
final class RoutineFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    RoutineFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    void routine(RoutineStatement s) {
        switch (s) {
            case CreateRoutine x -> create(x);
            case AlterRoutine x -> {
                sb.append("ALTER ").append(x.kind().name()).append(' ');
                ef.objectName(x.name());
                characteristics(x.characteristics(), " ");
            }
            case DropRoutine x -> {
                sb.append("DROP ").append(x.kind().name()).append(' ');
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                ef.objectName(x.name());
            }
        }
    }

    private void create(CreateRoutine x) {
        sb.append("CREATE ");
        if (x.orReplace()) {
            sb.append("OR REPLACE ");
        }
        if (x.definer() != null) {
            sb.append("DEFINER=");
            ExpressionFormatter.identifier(sb, x.definer().user());
            sb.append('@');
            ExpressionFormatter.identifier(sb, x.definer().host());
            sb.append(' ');
        }
        sb.append(x.kind().name()).append(' ');
        if (x.ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        ef.objectName(x.name());
        sb.append('(');
        for (int i = 0; i < x.parameters().size(); i++) {
            RoutineParameter p = x.parameters().get(i);
            if (i > 0) {
                sb.append(", ");
            }
            if (p.mode() != null) {
                sb.append(p.mode().name()).append(' ');
            }
            ExpressionFormatter.identifier(sb, p.name());
            sb.append(' ');
            ExpressionFormatter.dataType(sb, p.type(), false);
        }
        sb.append(')');
        if (x.returns() != null) {
            sb.append(" RETURNS ");
            ExpressionFormatter.dataType(sb, x.returns(), false);
        }
        characteristics(x.characteristics(), "\n    ");
        sb.append('\n').append(x.bodyText());
    }

    private void characteristics(List<RoutineCharacteristic> characteristics, String separator) {
        for (RoutineCharacteristic c : characteristics) {
            sb.append(separator);
            switch (c.kind()) {
                case COMMENT -> {
                    sb.append("COMMENT ");
                    ExpressionFormatter.string(sb, c.comment());
                }
                case LANGUAGE_SQL -> sb.append("LANGUAGE SQL");
                case DETERMINISTIC -> sb.append("DETERMINISTIC");
                case NOT_DETERMINISTIC -> sb.append("NOT DETERMINISTIC");
                case CONTAINS_SQL -> sb.append("CONTAINS SQL");
                case NO_SQL -> sb.append("NO SQL");
                case READS_SQL_DATA -> sb.append("READS SQL DATA");
                case MODIFIES_SQL_DATA -> sb.append("MODIFIES SQL DATA");
                case SQL_SECURITY_DEFINER -> sb.append("SQL SECURITY DEFINER");
                case SQL_SECURITY_INVOKER -> sb.append("SQL SECURITY INVOKER");
            }
        }
    }
}
