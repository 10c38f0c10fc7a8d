package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.AccountStore;
import io.sprocket.sql.ast.AccountRef;
import io.sprocket.storage.KvTransaction;

/**
 * The DEFINER clause of a stored object (MySQL 8.0 Reference Manual, 27.6 Stored Object Access Control): omitted
 * or CURRENT_USER is the current account; naming another account needs SET_USER_ID (or SUPER), else 1227; an
 * account that does not exist makes an orphan object, which MySQL allows with a note (1449).
 */
final class Definers {
    private Definers() {
    }

    /** The definer a clause names ({@code definerOrNull} null: the current account), checking the right to name it. */
    static AccountName resolve(SessionImpl session, AccountRef definerOrNull) {
        AccountName me = session.securityContext().user();
        if (definerOrNull == null) return me;
        AccountName named = AccountDdl.name(definerOrNull);
        if (!named.equals(me) && !session.privileges().hasDynamic("SET_USER_ID")) {
            throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "SUPER or SET_USER_ID");
        }
        return named;
    }

    /** Notes 1449 when {@code definer} is no existing account (the object is created as an orphan). */
    static void checkAndNoteOrphan(SessionImpl session, KvTransaction txn, AccountName definer) {
        for (var a : new AccountStore(session.engine.store()).all(txn)) {
            if (a.name().user().equals(definer.user()) && a.name().host().equalsIgnoreCase(definer.host())) return;
        }
        session.diagnostics.note(ErrorCode.ER_NO_SUCH_USER, definer.user(), definer.host());
    }
}
