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
            case DdlStatement d -> new DdlFormatter(sb, ef).ddl(d);
            case SessionStatement d -> session(d);
            case ShowStatement d -> show(d);
            case UtilityStatement d -> utility(d);
            case RoutineStatement d -> new RoutineFormatter(sb, ef).routine(d);
            case AccountStatement d -> new AccountFormatter(sb).account(d);
            case EventStatement d -> new EventFormatter(sb, ef).event(d);
            case TriggerStatement d -> new TriggerFormatter(sb, ef).trigger(d);
            case io.sprocket.sql.ast.ViewStatement d -> new ViewFormatter(sb, ef).view(d);
        }
    }

    private void names(List<String> names) {
        ef.identifiers(names);
    }

    private void objectNames(List<ObjectName> names) {
        ef.objectNames(names);
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
            case ShowTriggers x -> {
                sb.append("TRIGGERS");
                fromDatabase(x.database());
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
                if (x.account() != null || !x.using().isEmpty()) {
                    sb.append(" FOR ");
                    account(x.account());
                    if (!x.using().isEmpty()) {
                        sb.append(" USING ");
                        new AccountFormatter(sb).accounts(x.using());
                    }
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
            case ShowEvents x -> {
                sb.append("EVENTS");
                fromDatabase(x.database());
                filter(x.filter());
            }
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
            case ConditionStatement x -> sb.append(x.sourceText());
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
