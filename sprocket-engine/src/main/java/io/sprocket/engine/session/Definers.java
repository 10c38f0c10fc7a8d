package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountName;
import io.sprocket.sql.ast.AccountRef;
import io.sprocket.storage.KvTransaction;

/**
 * The DEFINER clause of stored objects (MySQL 8.0 Reference Manual, 27.6 Stored Object Access Control): who the
 * definer is, whether the session may name it, and the note for an orphan definer.
 */
final class Definers {
    private Definers() {
    }

    /**
     * The definer of a new object: the named account, or the current one when the clause is omitted or says
     * CURRENT_USER. Naming another account needs SET_USER_ID (or SUPER): 1227 otherwise.
     */
    static AccountName resolve(SessionImpl session, AccountRef definerOrNull) {
        if (definerOrNull == null) return session.securityContext().user();
        AccountName named = AccountDdl.name(definerOrNull);
        if (!named.equals(session.securityContext().user()) && !session.privileges().hasDynamic("SET_USER_ID")) {
            throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "SUPER or SET_USER_ID");
        }
        return new AccountName(definerOrNull.user(), definerOrNull.host());
    }

    /**
     * An orphan definer (no such account) is allowed: the object cannot run until the account exists. MySQL
     * notes it (1449).
     */
    static void checkAndNoteOrphan(SessionImpl session, KvTransaction txn, AccountName definer) {
        for (var a : new io.sprocket.engine.security.AccountStore(session.engine.store()).all(txn)) {
            if (a.name().user().equals(definer.user()) && a.name().host().equalsIgnoreCase(definer.host())) return;
        }
        session.diagnostics.note(ErrorCode.ER_NO_SUCH_USER, definer.user(), definer.host());
    }
}
