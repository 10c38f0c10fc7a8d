package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.List;

/** Prints DDL statements (databases, tables, indexes, ALTER TABLE actions) for {@link StatementFormatter}. */
final class DdlFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    DdlFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    private void names(List<String> names) {
        ef.identifiers(names);
    }

    private void objectNames(List<ObjectName> names) {
        ef.objectNames(names);
    }

    void ddl(DdlStatement s) {
        switch (s) {
            case CreateDatabase x -> {
                sb.append("CREATE DATABASE ");
                if (x.ifNotExists()) {
                    sb.append("IF NOT EXISTS ");
                }
                ef.identifier(x.name());
                databaseOptions(x.options());
            }
            case AlterDatabase x -> {
                sb.append("ALTER DATABASE");
                if (x.name() != null) {
                    sb.append(' ');
                    ef.identifier(x.name());
                }
                databaseOptions(x.options());
            }
            case DropDatabase x -> {
                sb.append("DROP DATABASE ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                ef.identifier(x.name());
            }
            case CreateTable x -> createTable(x);
            case AlterTable x -> {
                sb.append("ALTER TABLE ");
                ef.objectName(x.table());
                for (int i = 0; i < x.actions().size(); i++) {
                    sb.append(i == 0 ? " " : ", ");
                    alterAction(x.actions().get(i));
                }
            }
            case DropTable x -> {
                sb.append(x.temporary() ? "DROP TEMPORARY TABLE " : "DROP TABLE ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                objectNames(x.tables());
            }
            case RenameTable x -> {
                sb.append("RENAME TABLE ");
                for (int i = 0; i < x.renames().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    ef.objectName(x.renames().get(i).from());
                    sb.append(" TO ");
                    ef.objectName(x.renames().get(i).to());
                }
            }
            case TruncateTable x -> {
                sb.append("TRUNCATE TABLE ");
                ef.objectName(x.table());
            }
            case CreateIndex x -> {
                sb.append("CREATE ");
                if (x.index().kind() != IndexKind.INDEX) {
                    sb.append(x.index().kind().name()).append(' ');
                }
                sb.append("INDEX ");
                ef.identifier(x.index().name());
                sb.append(" ON ");
                ef.objectName(x.table());
                sb.append(' ');
                indexTail(x.index());
            }
            case DropIndex x -> {
                sb.append("DROP INDEX ");
                ef.identifier(x.name());
                sb.append(" ON ");
                ef.objectName(x.table());
            }
        }
    }

    private void databaseOptions(List<DatabaseOption> options) {
        for (DatabaseOption o : options) {
            switch (o.kind()) {
                case CHARACTER_SET -> sb.append(" CHARACTER SET ").append(o.value());
                case COLLATE -> sb.append(" COLLATE ").append(o.value());
                case ENCRYPTION -> sb.append(" ENCRYPTION ").append(SqlFormatter.quoteString(o.value()));
                case READ_ONLY -> sb.append(" READ ONLY = ").append(o.value());
            }
        }
    }

    private void createTable(CreateTable x) {
        sb.append(x.temporary() ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
        if (x.ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        ef.objectName(x.name());
        if (x.like() != null) {
            sb.append(" LIKE ");
            ef.objectName(x.like());
            return;
        }
        if (!x.elements().isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < x.elements().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                tableElement(x.elements().get(i));
            }
            sb.append(')');
        }
        tableOptions(x.options());
        if (x.asQuery() != null) {
            if (x.onDuplicate() != DuplicateHandling.ERROR) {
                sb.append(' ').append(x.onDuplicate().name());
            }
            sb.append(" AS ");
            ef.query(x.asQuery());
        }
    }

    private void tableOptions(List<TableOption> options) {
        for (TableOption o : options) {
            sb.append(' ').append(switch (o.name()) {
                case "CHARACTER SET" -> "DEFAULT CHARSET";
                default -> o.name();
            }).append('=');
            switch (o.name()) {
                case "COMMENT", "CONNECTION", "PASSWORD", "COMPRESSION", "ENCRYPTION", "DATA DIRECTORY",
                     "INDEX DIRECTORY", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE" ->
                        sb.append(SqlFormatter.quoteString(o.value()));
                default -> sb.append(o.value());
            }
        }
    }

    private void tableElement(TableElement e) {
        switch (e) {
            case ColumnDefinition c -> column(c);
            case IndexDefinition i -> {
                if (i.constraintName() != null) {
                    sb.append("CONSTRAINT ");
                    ef.identifier(i.constraintName());
                    sb.append(' ');
                }
                sb.append(switch (i.kind()) {
                    case PRIMARY -> "PRIMARY KEY";
                    case UNIQUE -> "UNIQUE KEY";
                    case INDEX -> "KEY";
                    case FULLTEXT -> "FULLTEXT KEY";
                    case SPATIAL -> "SPATIAL KEY";
                });
                if (i.name() != null) {
                    sb.append(' ');
                    ef.identifier(i.name());
                }
                sb.append(' ');
                indexTail(i);
            }
            case CheckConstraint c -> check(c);
            case ForeignKey f -> {
                if (f.constraintName() != null) {
                    sb.append("CONSTRAINT ");
                    ef.identifier(f.constraintName());
                    sb.append(' ');
                }
                sb.append("FOREIGN KEY ");
                if (f.indexName() != null) {
                    ef.identifier(f.indexName());
                    sb.append(' ');
                }
                sb.append('(');
                names(f.columns());
                sb.append(')');
                references(f.references());
            }
        }
    }

    private void check(CheckConstraint c) {
        if (c.name() != null) {
            sb.append("CONSTRAINT ");
            ef.identifier(c.name());
            sb.append(' ');
        }
        sb.append("CHECK (");
        ef.expression(c.condition());
        sb.append(')');
        if (!c.enforced()) {
            sb.append(" /*!80016 NOT ENFORCED */");
        }
    }

    private void references(References r) {
        sb.append(" REFERENCES ");
        ef.objectName(r.table());
        if (!r.columns().isEmpty()) {
            sb.append(" (");
            names(r.columns());
            sb.append(')');
        }
        if (r.match() != null) {
            sb.append(" MATCH ").append(r.match());
        }
        if (r.onDelete() != ReferentialAction.UNSPECIFIED) {
            sb.append(" ON DELETE ").append(r.onDelete().name().replace('_', ' '));
        }
        if (r.onUpdate() != ReferentialAction.UNSPECIFIED) {
            sb.append(" ON UPDATE ").append(r.onUpdate().name().replace('_', ' '));
        }
    }

    private void indexTail(IndexDefinition i) {
        if (i.indexType() != null) {
            sb.append("USING ").append(i.indexType()).append(' ');
        }
        sb.append('(');
        for (int k = 0; k < i.parts().size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            IndexPart p = i.parts().get(k);
            if (p.column() != null) {
                ef.identifier(p.column());
                if (p.length() != null) {
                    sb.append('(').append(p.length()).append(')');
                }
            } else {
                sb.append('(');
                ef.expression(p.expression());
                sb.append(')');
            }
            if (p.order() == SortOrder.DESC) {
                sb.append(" DESC");
            }
        }
        sb.append(')');
        if (i.comment() != null) {
            sb.append(" COMMENT ").append(SqlFormatter.quoteString(i.comment()));
        }
        if (i.invisible()) {
            sb.append(" /*!80000 INVISIBLE */");
        }
    }

    private void column(ColumnDefinition c) {
        ef.identifier(c.name());
        sb.append(' ');
        ExpressionFormatter.dataType(sb, c.type(), false);
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (");
            ef.expression(c.generated().expression());
            sb.append(c.generated().stored() ? ") STORED" : ") VIRTUAL");
        }
        switch (c.nullability()) {
            case NOT_NULL -> sb.append(" NOT NULL");
            case NULL -> sb.append(" NULL");
            case UNSPECIFIED -> {
            }
        }
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ");
            if (c.defaultIsExpression()) {
                sb.append('(');
                ef.expression(c.defaultValue());
                sb.append(')');
            } else if (c.defaultValue() instanceof FunctionCall f && f.name().equals("CURRENT_TIMESTAMP")) {
                nowLiteral(f);
            } else {
                ef.expression(c.defaultValue());
            }
        }
        if (c.onUpdate() instanceof FunctionCall f) {
            sb.append(" ON UPDATE ");
            nowLiteral(f);
        }
        if (c.autoIncrement()) {
            sb.append(" AUTO_INCREMENT");
        }
        switch (c.key()) {
            case PRIMARY -> sb.append(" PRIMARY KEY");
            case UNIQUE -> sb.append(" UNIQUE KEY");
            case NONE -> {
            }
        }
        if (c.invisible()) {
            sb.append(" /*!80023 INVISIBLE */");
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(SqlFormatter.quoteString(c.comment()));
        }
        for (CheckConstraint check : c.checks()) {
            sb.append(' ');
            check(check);
        }
        if (c.references() != null) {
            references(c.references());
        }
    }

    private void nowLiteral(FunctionCall f) {
        sb.append("CURRENT_TIMESTAMP");
        if (!f.arguments().isEmpty()) {
            sb.append('(');
            ef.expressions(f.arguments());
            sb.append(')');
        }
    }

    private void position(ColumnPosition p) {
        if (p == null) {
            return;
        }
        if (p.first()) {
            sb.append(" FIRST");
        } else {
            sb.append(" AFTER ");
            ef.identifier(p.after());
        }
    }

    private void alterAction(AlterAction a) {
        switch (a) {
            case AddColumns x -> {
                sb.append("ADD COLUMN ");
                if (x.columns().size() == 1) {
                    column(x.columns().get(0));
                    position(x.position());
                } else {
                    sb.append('(');
                    for (int i = 0; i < x.columns().size(); i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        column(x.columns().get(i));
                    }
                    sb.append(')');
                }
            }
            case AddIndex x -> {
                sb.append("ADD ");
                tableElement(x.index());
            }
            case AddCheckConstraint x -> {
                sb.append("ADD ");
                check(x.constraint());
            }
            case AddForeignKey x -> {
                sb.append("ADD ");
                tableElement(x.foreignKey());
            }
            case DropColumn x -> {
                sb.append("DROP COLUMN ");
                ef.identifier(x.name());
            }
            case DropKey x -> {
                sb.append("DROP KEY ");
                ef.identifier(x.name());
            }
            case DropPrimaryKey x -> sb.append("DROP PRIMARY KEY");
            case DropForeignKey x -> {
                sb.append("DROP FOREIGN KEY ");
                ef.identifier(x.name());
            }
            case DropCheckConstraint x -> {
                sb.append("DROP CHECK ");
                ef.identifier(x.name());
            }
            case DropConstraint x -> {
                sb.append("DROP CONSTRAINT ");
                ef.identifier(x.name());
            }
            case ModifyColumn x -> {
                sb.append("MODIFY COLUMN ");
                column(x.column());
                position(x.position());
            }
            case ChangeColumn x -> {
                sb.append("CHANGE COLUMN ");
                ef.identifier(x.oldName());
                sb.append(' ');
                column(x.column());
                position(x.position());
            }
            case RenameColumn x -> {
                sb.append("RENAME COLUMN ");
                ef.identifier(x.from());
                sb.append(" TO ");
                ef.identifier(x.to());
            }
            case RenameIndex x -> {
                sb.append("RENAME KEY ");
                ef.identifier(x.from());
                sb.append(" TO ");
                ef.identifier(x.to());
            }
            case RenameTo x -> {
                sb.append("RENAME TO ");
                ef.objectName(x.name());
            }
            case AlterColumnDefault x -> {
                sb.append("ALTER COLUMN ");
                ef.identifier(x.column());
                if (x.defaultValue() == null) {
                    sb.append(" DROP DEFAULT");
                } else {
                    sb.append(" SET DEFAULT ");
                    if (x.defaultIsExpression()) {
                        sb.append('(');
                    }
                    ef.expression(x.defaultValue());
                    if (x.defaultIsExpression()) {
                        sb.append(')');
                    }
                }
            }
            case AlterColumnVisibility x -> {
                sb.append("ALTER COLUMN ");
                ef.identifier(x.column());
                sb.append(x.invisible() ? " SET INVISIBLE" : " SET VISIBLE");
            }
            case AlterIndexVisibility x -> {
                sb.append("ALTER INDEX ");
                ef.identifier(x.index());
                sb.append(x.invisible() ? " INVISIBLE" : " VISIBLE");
            }
            case AlterConstraintEnforcement x -> {
                sb.append(x.checkOnly() ? "ALTER CHECK " : "ALTER CONSTRAINT ");
                ef.identifier(x.name());
                sb.append(x.enforced() ? " ENFORCED" : " NOT ENFORCED");
            }
            case SetTableOptions x -> {
                int before = sb.length();
                tableOptions(x.options());
                // tableOptions prefixes each option with a space; the action separator already wrote one
                sb.deleteCharAt(before);
            }
            case ConvertToCharset x -> {
                sb.append("CONVERT TO CHARACTER SET ").append(x.charset());
                if (x.collation() != null) {
                    sb.append(" COLLATE ").append(x.collation());
                }
            }
            case AlterTableClause x -> {
                sb.append(x.name());
                if (x.value() != null) {
                    sb.append('=').append(x.value());
                }
            }
        }
    }
}
