package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.AccountName;
import io.sprocket.sql.ast.AlterRoutine;
import io.sprocket.sql.ast.CreateRoutine;
import io.sprocket.sql.ast.DropRoutine;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.ParameterMode;
import io.sprocket.sql.ast.RoutineCharacteristic;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.sql.ast.RoutineParameter;
import io.sprocket.sql.ast.RoutineStatement;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * CREATE, ALTER and DROP PROCEDURE / FUNCTION: checks, the catalog change in its own storage transaction (DDL
 * commits implicitly), and the new catalog published.
 */
final class RoutineDdl {
    private static final int MAX_NAME = 64;

    private RoutineDdl() {
    }

    static OkResult run(SessionImpl session, RoutineStatement statement, String sourceText) {
        if (statement instanceof CreateRoutine c && c.orReplace() && c.ifNotExists()) {
            // MariaDB's OR REPLACE extension: both together are contradictory (MariaDB says 1221 too)
            throw new SqlException(ErrorCode.ER_WRONG_USAGE, "OR REPLACE", "IF NOT EXISTS");
        }
        session.transactions.commit(); // DDL commits implicitly, before and after
        Lock lock = session.engine.metadataLock().writeLock();
        lock.lock();
        try (KvTransaction txn = session.engine.store().begin()) {
            Catalog before = session.engine.catalog();
            io.sprocket.engine.security.Grants grantsBefore = session.engine.grants();
            Catalog after = switch (statement) {
                case CreateRoutine c -> create(session, txn, before, c);
                case AlterRoutine a -> alter(session, txn, before, a);
                case DropRoutine d -> drop(session, txn, before, d);
            };
            if (after != before) {
                io.sprocket.engine.security.Grants grantsAfter = automaticPrivileges(session, statement, before, grantsBefore);
                io.sprocket.engine.security.GrantStore.write(txn, grantsBefore, grantsAfter);
                CatalogStore.putVersion(txn, after.version());
                txn.commit();
                session.engine.publish(after);
                session.engine.publishGrants(grantsAfter);
            }
        } finally {
            lock.unlock();
        }
        return OkResult.EMPTY;
    }

    /**
     * automatic_sp_privileges (default ON): the creator of a routine receives EXECUTE and ALTER ROUTINE on it
     * unless it already holds them, and a dropped routine's grants go with it (MySQL 8.0 Reference Manual, 25.2.2
     * Stored Routines and MySQL Privileges). CREATE OR REPLACE keeps the routine's grants.
     */
    private static io.sprocket.engine.security.Grants automaticPrivileges(SessionImpl session, RoutineStatement statement,
                                                                        Catalog before,
                                                                        io.sprocket.engine.security.Grants grants) {
        Object on = session.engine.globals().value(session.engine.globals().catalog().require("automatic_sp_privileges"));
        if (!Boolean.TRUE.equals(on) && !Long.valueOf(1).equals(on)) return grants;
        switch (statement) {
            case CreateRoutine c -> {
                String schema = schemaOf(session, c.name());
                if (before.routine(schema, c.kind(), c.name().name()) != null) return grants; // replaced: grants stay
                var p = io.sprocket.engine.security.PrivilegeSet.of(io.sprocket.engine.security.Privilege.EXECUTE,
                        io.sprocket.engine.security.Privilege.ALTER_ROUTINE);
                if (session.privileges().routine(schema, c.kind(), c.name().name()).containsAll(p)) return grants;
                return grants.grantRoutine(session.securityContext().user(), schema, c.kind(), c.name().name(), p);
            }
            case DropRoutine d -> {
                return grants.dropRoutineGrants(schemaOf(session, d.name()), d.kind(), d.name().name());
            }
            default -> {
                return grants;
            }
        }
    }

    // ------------------------------------------------------------------ CREATE

    private static Catalog create(SessionImpl session, KvTransaction txn, Catalog catalog, CreateRoutine c) {
        String schema = schemaOf(session, c.name());
        String name = c.name().name();
        AccessChecks.database(session, schema, io.sprocket.engine.security.Privilege.CREATE_ROUTINE);
        AccountName definer = Definers.resolve(session, c.definer());
        if (c.orReplace() && catalog.routine(schema, c.kind(), name) != null) {
            AccessChecks.routine(session, schema, c.kind(), name, io.sprocket.engine.security.Privilege.ALTER_ROUTINE);
        }
        checkName(name);
        checkDuplicateParameters(c.parameters());
        if (c.kind() == RoutineKind.FUNCTION && io.sprocket.engine.function.NativeFunctions.isNative(name)) {
            session.diagnostics.note(ErrorCode.ER_NATIVE_FCT_NAME_COLLISION, name);
        }
        DatabaseDef db = catalog.database(schema);
        if (db == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, schema);
        RoutineDef def = definition(session, schema, db, c);
        Routines.validate(session, def);
        if (catalog.routine(schema, c.kind(), name) != null && !c.orReplace()) {
            if (!c.ifNotExists()) throw new SqlException(ErrorCode.ER_SP_ALREADY_EXISTS, c.kind().name(), name);
            session.diagnostics.note(ErrorCode.ER_SP_ALREADY_EXISTS, c.kind().name(), name);
            return catalog;
        }
        if (c.definer() != null) Definers.checkAndNoteOrphan(session, txn, definer);
        CatalogStore.putRoutine(txn, def); // OR REPLACE: the same (case-insensitive) key, so this replaces
        return catalog.withRoutine(def);
    }

    /** The stored definition: resolved types, the last of each characteristic, and the settings in force now. */
    private static RoutineDef definition(SessionImpl session, String schema, DatabaseDef db, CreateRoutine c) {
        List<RoutineDef.Parameter> parameters = new ArrayList<>(c.parameters().size());
        for (RoutineParameter p : c.parameters()) {
            var type = RoutineDef.resolveType(p.name(), p.type(), db.collation());
            parameters.add(new RoutineDef.Parameter(p.mode() == null ? ParameterMode.IN : p.mode(), p.name(), type,
                    type.sqlText()));
        }
        var returns = c.returns() == null ? null : RoutineDef.resolveType("", c.returns(), db.collation());
        Characteristics ch = Characteristics.of(c.characteristics(), false, RoutineDef.DataAccess.CONTAINS_SQL, false, "");
        AccountName definer = c.definer() != null ? new AccountName(c.definer().user(), c.definer().host())
                : session.securityContext().user();
        long now = session.statementStart().getEpochSecond();
        return new RoutineDef(schema, c.name().name(), c.kind(), definer.user(), definer.host(), parameters,
                c.parametersText(), returns, returns == null ? null : RoutineDef.showCreateTypeText(returns),
                c.bodyText(), ch.deterministic(), ch.access(), ch.invoker(), ch.comment(), session.variables.sqlMode(),
                session.variables.characterSetClient(), session.variables.collationConnection(),
                db.collation().name(), now, now, c);
    }

    /** ER_TOO_LONG_IDENT past 64 characters; ER_SP_WRONG_NAME for an empty name or one ending in a space. */
    private static void checkName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_SP_WRONG_NAME, name);
        if (name.codePointCount(0, name.length()) > MAX_NAME) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
    }

    /** Parameter names are case-insensitive: the second spelling is the one MySQL reports. */
    private static void checkDuplicateParameters(List<RoutineParameter> parameters) {
        Set<String> seen = new HashSet<>();
        for (RoutineParameter p : parameters) {
            if (!seen.add(p.name().toLowerCase(Locale.ROOT))) throw new SqlException(ErrorCode.ER_SP_DUP_PARAM, p.name());
        }
    }


    // ------------------------------------------------------------------ ALTER and DROP

    private static Catalog alter(SessionImpl session, KvTransaction txn, Catalog catalog, AlterRoutine a) {
        String schema = schemaOf(session, a.name());
        AccessChecks.routine(session, schema, a.kind(), a.name().name(), io.sprocket.engine.security.Privilege.ALTER_ROUTINE);
        RoutineDef old = catalog.routine(schema, a.kind(), a.name().name());
        if (old == null) {
            throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, a.kind().name(), schema + "." + a.name().name());
        }
        Characteristics ch = Characteristics.of(a.characteristics(), old.deterministic(), old.dataAccess(),
                old.securityInvoker(), old.comment());
        RoutineDef altered = old.withCharacteristics(ch.access(), ch.invoker(), ch.comment(),
                session.statementStart().getEpochSecond());
        CatalogStore.putRoutine(txn, altered);
        return catalog.withRoutine(altered);
    }

    private static Catalog drop(SessionImpl session, KvTransaction txn, Catalog catalog, DropRoutine d) {
        String schema = schemaOf(session, d.name());
        AccessChecks.routine(session, schema, d.kind(), d.name().name(), io.sprocket.engine.security.Privilege.ALTER_ROUTINE);
        RoutineDef old = catalog.routine(schema, d.kind(), d.name().name());
        if (old == null) {
            String qualified = schema + "." + d.name().name();
            if (!d.ifExists()) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, d.kind().name(), qualified);
            session.diagnostics.note(ErrorCode.ER_SP_DOES_NOT_EXIST, d.kind().name(), qualified);
            return catalog;
        }
        CatalogStore.deleteRoutine(txn, schema, d.kind(), old.name());
        return catalog.withoutRoutine(schema, d.kind(), old.name());
    }

    /** The routine's database: the qualifier, else the current database (1046 when there is none). */
    static String schemaOf(SessionImpl session, ObjectName name) {
        String schema = name.schema() != null ? name.schema() : session.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        return schema;
    }

    /** The characteristics after applying a statement's list in order (the last of each kind wins). */
    private record Characteristics(boolean deterministic, RoutineDef.DataAccess access, boolean invoker, String comment) {
        static Characteristics of(List<RoutineCharacteristic> list, boolean deterministic, RoutineDef.DataAccess access,
                                  boolean invoker, String comment) {
            for (RoutineCharacteristic c : list) {
                switch (c.kind()) {
                    case COMMENT -> comment = c.comment();
                    case LANGUAGE_SQL -> { } // the only language there is
                    case DETERMINISTIC -> deterministic = true;
                    case NOT_DETERMINISTIC -> deterministic = false;
                    case CONTAINS_SQL -> access = RoutineDef.DataAccess.CONTAINS_SQL;
                    case NO_SQL -> access = RoutineDef.DataAccess.NO_SQL;
                    case READS_SQL_DATA -> access = RoutineDef.DataAccess.READS_SQL_DATA;
                    case MODIFIES_SQL_DATA -> access = RoutineDef.DataAccess.MODIFIES_SQL_DATA;
                    case SQL_SECURITY_DEFINER -> invoker = false;
                    case SQL_SECURITY_INVOKER -> invoker = true;
                }
            }
            return new Characteristics(deterministic, access, invoker, comment);
        }
    }
}
