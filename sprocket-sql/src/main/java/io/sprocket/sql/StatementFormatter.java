package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.List;
import java.util.Locale;

/** Prints statements as canonical SQL (upper-case statement keywords, backquoted names, canonical expressions). */
final class StatementFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    StatementFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    void statement(Statement s) {
        switch (s) {
            case DmlStatement d -> dml(d);
            case DdlStatement d -> ddl(d);
            case SessionStatement d -> session(d);
            case ShowStatement d -> show(d);
            case UtilityStatement d -> utility(d);
        }
    }

    private void names(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            ef.identifier(names.get(i));
        }
    }

    private void objectNames(List<ObjectName> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            ef.objectName(names.get(i));
        }
    }

    private void assignments(List<Assignment> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            ef.expression(list.get(i).column());
            sb.append(" = ");
            ef.expression(list.get(i).value());
        }
    }

    private void dml(DmlStatement s) {
        switch (s) {
            case Select x -> {
                ef.query(x.query());
                if (!x.into().isEmpty()) {
                    sb.append(" INTO ");
                    ef.expressions(x.into());
                }
            }
            case Insert x -> {
                sb.append(x.replace() ? "REPLACE " : "INSERT ");
                if (x.priority() != InsertPriority.DEFAULT) {
                    sb.append(x.priority().name()).append(' ');
                }
                if (x.ignore()) {
                    sb.append("IGNORE ");
                }
                sb.append("INTO ");
                ef.objectName(x.table());
                if (!x.partitions().isEmpty()) {
                    sb.append(" PARTITION (");
                    names(x.partitions());
                    sb.append(')');
                }
                if (!x.columns().isEmpty()) {
                    sb.append(" (");
                    names(x.columns());
                    sb.append(')');
                }
                switch (x.source()) {
                    case InsertValues v -> {
                        sb.append(" VALUES ");
                        for (int i = 0; i < v.rows().size(); i++) {
                            if (i > 0) {
                                sb.append(',');
                            }
                            sb.append('(');
                            ef.expressions(v.rows().get(i));
                            sb.append(')');
                        }
                    }
                    case InsertSet v -> {
                        sb.append(" SET ");
                        assignments(v.assignments());
                    }
                    case InsertQuery v -> {
                        sb.append(' ');
                        ef.query(v.query());
                    }
                }
                if (x.rowAlias() != null) {
                    sb.append(" AS ");
                    ef.identifier(x.rowAlias());
                    if (!x.rowColumnAliases().isEmpty()) {
                        sb.append(" (");
                        names(x.rowColumnAliases());
                        sb.append(')');
                    }
                }
                if (!x.onDuplicateKeyUpdate().isEmpty()) {
                    sb.append(" ON DUPLICATE KEY UPDATE ");
                    assignments(x.onDuplicateKeyUpdate());
                }
            }
            case Update x -> {
                if (x.with() != null) {
                    ef.with(x.with());
                }
                sb.append("UPDATE ");
                if (x.lowPriority()) {
                    sb.append("LOW_PRIORITY ");
                }
                if (x.ignore()) {
                    sb.append("IGNORE ");
                }
                ef.tableReferences(x.tables());
                sb.append(" SET ");
                assignments(x.assignments());
                whereOrderLimit(x.where(), x.orderBy(), x.limit());
            }
            case Delete x -> {
                if (x.with() != null) {
                    ef.with(x.with());
                }
                sb.append("DELETE ");
                if (x.lowPriority()) {
                    sb.append("LOW_PRIORITY ");
                }
                if (x.quick()) {
                    sb.append("QUICK ");
                }
                if (x.ignore()) {
                    sb.append("IGNORE ");
                }
                if (!x.targets().isEmpty()) {
                    objectNames(x.targets());
                    sb.append(" FROM ");
                } else {
                    sb.append("FROM ");
                }
                ef.tableReferences(x.tables());
                whereOrderLimit(x.where(), x.orderBy(), x.limit());
            }
            case Call x -> {
                sb.append("CALL ");
                ef.objectName(x.procedure());
                sb.append('(');
                ef.expressions(x.arguments());
                sb.append(')');
            }
            case Do x -> {
                sb.append("DO ");
                ef.expressions(x.expressions());
            }
        }
    }

    private void whereOrderLimit(Expression where, List<OrderItem> orderBy, Limit limit) {
        if (where != null) {
            sb.append(" WHERE ");
            ef.expression(where);
        }
        if (!orderBy.isEmpty()) {
            sb.append(" ORDER BY ");
            ef.orderItems(orderBy);
        }
        if (limit != null) {
            ef.limit(limit);
        }
    }

    private void ddl(DdlStatement s) {
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

    private void session(SessionStatement s) {
        switch (s) {
            case Use x -> {
                sb.append("USE ");
                ef.identifier(x.database());
            }
            case SetVariables x -> {
                sb.append("SET ");
                for (int i = 0; i < x.assignments().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    variableAssignment(x.assignments().get(i));
                }
            }
            case SetTransaction x -> {
                sb.append("SET ");
                if (x.scope() != VariableScope.UNQUALIFIED) {
                    sb.append(x.scope().name()).append(' ');
                }
                sb.append("TRANSACTION");
                String sep = " ";
                if (x.isolationLevel() != null) {
                    sb.append(" ISOLATION LEVEL ").append(x.isolationLevel().name().replace('_', ' '));
                    sep = ", ";
                }
                if (x.accessMode() != null) {
                    sb.append(sep).append(x.accessMode().name().replace('_', ' '));
                }
            }
            case StartTransaction x -> {
                sb.append("START TRANSACTION");
                String sep = " ";
                if (x.withConsistentSnapshot()) {
                    sb.append(" WITH CONSISTENT SNAPSHOT");
                    sep = ", ";
                }
                if (x.accessMode() != null) {
                    sb.append(sep).append(x.accessMode().name().replace('_', ' '));
                }
            }
            case Commit x -> {
                sb.append("COMMIT");
                completion(x.chain(), x.release());
            }
            case Rollback x -> {
                sb.append("ROLLBACK");
                completion(x.chain(), x.release());
            }
            case RollbackToSavepoint x -> {
                sb.append("ROLLBACK TO SAVEPOINT ");
                ef.identifier(x.name());
            }
            case Savepoint x -> {
                sb.append("SAVEPOINT ");
                ef.identifier(x.name());
            }
            case ReleaseSavepoint x -> {
                sb.append("RELEASE SAVEPOINT ");
                ef.identifier(x.name());
            }
            case Prepare x -> {
                sb.append("PREPARE ");
                ef.identifier(x.name());
                sb.append(" FROM ");
                ef.expression(x.source());
            }
            case Execute x -> {
                sb.append("EXECUTE ");
                ef.identifier(x.name());
                for (int i = 0; i < x.usingVariables().size(); i++) {
                    sb.append(i == 0 ? " USING @" : ", @");
                    ef.identifier(x.usingVariables().get(i));
                }
            }
            case DeallocatePrepare x -> {
                sb.append("DEALLOCATE PREPARE ");
                ef.identifier(x.name());
            }
        }
    }

    private void completion(CompletionOption chain, CompletionOption release) {
        if (chain != CompletionOption.DEFAULT) {
            sb.append(chain == CompletionOption.YES ? " AND CHAIN" : " AND NO CHAIN");
        }
        if (release != CompletionOption.DEFAULT) {
            sb.append(release == CompletionOption.YES ? " RELEASE" : " NO RELEASE");
        }
    }

    private void variableAssignment(VariableAssignment a) {
        switch (a) {
            case UserVariableAssignment x -> {
                sb.append('@');
                ef.identifier(x.name());
                sb.append(" = ");
                ef.expression(x.value());
            }
            case SystemVariableAssignment x -> {
                switch (x.scope()) {
                    case UNQUALIFIED -> {
                    }
                    case DEFAULT -> sb.append("@@");
                    default -> sb.append(x.scope().name()).append(' ');
                }
                sb.append(x.name()).append(" = ");
                ef.expression(x.value());
            }
            case SetNames x -> {
                sb.append("NAMES ");
                sb.append(x.charset() == null ? "DEFAULT" : x.charset());
                if (x.collation() != null) {
                    sb.append(" COLLATE ").append(x.collation());
                }
            }
            case SetCharacterSet x -> sb.append("CHARACTER SET ").append(x.charset() == null ? "DEFAULT" : x.charset());
        }
    }

    private void filter(ShowFilter f) {
        switch (f) {
            case null -> {
            }
            case ShowLike l -> sb.append(" LIKE ").append(SqlFormatter.quoteString(l.pattern()));
            case ShowWhere w -> {
                sb.append(" WHERE ");
                ef.expression(w.condition());
            }
        }
    }

    private void fromDatabase(String db) {
        if (db != null) {
            sb.append(" FROM ");
            ef.identifier(db);
        }
    }

    private void show(ShowStatement s) {
        sb.append("SHOW ");
        switch (s) {
            case ShowDatabases x -> {
                sb.append("DATABASES");
                filter(x.filter());
            }
            case ShowTables x -> {
                sb.append(x.full() ? "FULL TABLES" : "TABLES");
                fromDatabase(x.database());
                filter(x.filter());
            }
            case ShowColumns x -> {
                sb.append(x.full() ? "FULL COLUMNS FROM " : "COLUMNS FROM ");
                ef.objectName(x.table());
                filter(x.filter());
            }
            case ShowIndex x -> {
                sb.append("INDEX FROM ");
                ef.objectName(x.table());
                if (x.where() != null) {
                    sb.append(" WHERE ");
                    ef.expression(x.where());
                }
            }
            case ShowCreateDatabase x -> {
                sb.append("CREATE DATABASE ");
                if (x.ifNotExists()) {
                    sb.append("IF NOT EXISTS ");
                }
                ef.identifier(x.name());
            }
            case ShowCreateTable x -> {
                sb.append("CREATE TABLE ");
                ef.objectName(x.table());
            }
            case ShowCreate x -> {
                sb.append("CREATE ").append(x.kind().name()).append(' ');
                ef.objectName(x.name());
            }
            case ShowCreateUser x -> {
                sb.append("CREATE USER ");
                account(x.account());
            }
            case ShowVariables x -> {
                scope(x.scope());
                sb.append("VARIABLES");
                filter(x.filter());
            }
            case ShowStatus x -> {
                scope(x.scope());
                sb.append("STATUS");
                filter(x.filter());
            }
            case ShowWarnings x -> {
                sb.append("WARNINGS");
                if (x.limit() != null) {
                    ef.limit(x.limit());
                }
            }
            case ShowErrors x -> {
                sb.append("ERRORS");
                if (x.limit() != null) {
                    ef.limit(x.limit());
                }
            }
            case ShowWarningCount x -> sb.append("COUNT(*) WARNINGS");
            case ShowErrorCount x -> sb.append("COUNT(*) ERRORS");
            case ShowProcessList x -> sb.append(x.full() ? "FULL PROCESSLIST" : "PROCESSLIST");
            case ShowEngines x -> sb.append("ENGINES");
            case ShowCharacterSet x -> {
                sb.append("CHARACTER SET");
                filter(x.filter());
            }
            case ShowCollation x -> {
                sb.append("COLLATION");
                filter(x.filter());
            }
            case ShowTableStatus x -> {
                sb.append("TABLE STATUS");
                fromDatabase(x.database());
                filter(x.filter());
            }
            case ShowRoutineStatus x -> {
                sb.append(x.kind().name()).append(" STATUS");
                filter(x.filter());
            }
            case ShowGrants x -> {
                sb.append("GRANTS");
                if (x.account() != null) {
                    sb.append(" FOR ");
                    account(x.account());
                }
            }
            case ShowPrivileges x -> sb.append("PRIVILEGES");
            case ShowOpenTables x -> {
                sb.append("OPEN TABLES");
                fromDatabase(x.database());
                filter(x.filter());
            }
            case ShowPlugins x -> sb.append("PLUGINS");
            case ShowBinaryLogs x -> sb.append("BINARY LOGS");
            case ShowMasterStatus x -> sb.append("MASTER STATUS");
        }
    }

    private void account(AccountRef account) {
        if (account == null) {
            sb.append("CURRENT_USER");
        } else {
            sb.append(SqlFormatter.quoteString(account.user())).append('@').append(SqlFormatter.quoteString(account.host()));
        }
    }

    private void scope(VariableScope scope) {
        if (scope == VariableScope.GLOBAL || scope == VariableScope.SESSION) {
            sb.append(scope.name()).append(' ');
        }
    }

    private void utility(UtilityStatement s) {
        switch (s) {
            case Explain x -> {
                sb.append("EXPLAIN ");
                if (x.analyze()) {
                    sb.append("ANALYZE ");
                }
                if (x.format() != null) {
                    sb.append("FORMAT=").append(x.format()).append(' ');
                }
                statement(x.statement());
            }
            case Kill x -> {
                sb.append(x.queryOnly() ? "KILL QUERY " : "KILL CONNECTION ");
                ef.expression(x.processId());
            }
            case Flush x -> {
                sb.append("FLUSH ");
                if (x.local()) {
                    sb.append("LOCAL ");
                }
                sb.append(String.join(" ", x.options()));
            }
            case LockTables x -> {
                sb.append("LOCK TABLES ");
                for (int i = 0; i < x.locks().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    TableLock l = x.locks().get(i);
                    ef.objectName(l.table());
                    if (l.alias() != null) {
                        sb.append(" AS ");
                        ef.identifier(l.alias());
                    }
                    sb.append(' ').append(switch (l.type()) {
                        case READ -> "READ";
                        case READ_LOCAL -> "READ LOCAL";
                        case WRITE -> "WRITE";
                        case LOW_PRIORITY_WRITE -> "LOW_PRIORITY WRITE";
                    });
                }
            }
            case UnlockTables x -> sb.append("UNLOCK TABLES");
            case TableMaintenance x -> {
                sb.append(x.operation().name()).append(" TABLE ");
                objectNames(x.tables());
                for (String option : x.options()) {
                    sb.append(' ').append(option);
                }
            }
            case Help x -> sb.append("HELP ").append(SqlFormatter.quoteString(x.topic()));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
