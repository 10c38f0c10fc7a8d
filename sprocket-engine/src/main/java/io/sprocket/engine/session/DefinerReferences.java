package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.DynamicPrivileges;

/**
 * MySQL 8.0.22 and later (WL#14073): DROP USER and RENAME USER of an account that is the DEFINER of a stored object,
 * and CREATE USER of an account that would adopt orphan objects, fail with 4006 unless the session holds
 * SET_USER_ID (or SUPER), in which case they succeed with warning 4005. Otherwise dropping a definer would orphan
 * its objects, and creating one later would silently hand them its privileges.
 */
final class DefinerReferences {
    private DefinerReferences() {
    }

    /**
     * The kind of the first stored object whose DEFINER is {@code account}, as MySQL names it in 4005 / 4006 ("a
     * stored routine", "a view", "a trigger", "an event"), or null when there is none.
     */
    static String referencing(Catalog catalog, AccountName account) {
        for (RoutineDef r : catalog.allRoutines()) {
            if (matches(r.definerUser(), r.definerHost(), account)) return "a stored routine";
        }
        for (var v : catalog.allViews()) {
            if (matches(v.definerUser(), v.definerHost(), account)) return "a view";
        }
        for (var t : catalog.allTriggers()) {
            if (matches(t.definerUser(), t.definerHost(), account)) return "a trigger";
        }
        for (var e : catalog.allEvents()) {
            if (matches(e.definerUser(), e.definerHost(), account)) return "an event";
        }
        return null;
    }

    /** 4006 for {@code operation} on {@code account} when it is a definer, or warning 4005 with SET_USER_ID. */
    static void check(SessionImpl s, String operation, AccountName account) {
        String kind = referencing(s.engine.catalog(), account);
        if (kind == null) return;
        if (!s.privileges().hasDynamic(DynamicPrivileges.SET_USER_ID)) {
            throw new SqlException(ErrorCode.ER_CANNOT_USER_REFERENCED_AS_DEFINER, operation, account.quoted(), kind);
        }
        s.diagnostics.add(Condition.warning(ErrorCode.ER_USER_REFERENCED_AS_DEFINER, account.quoted(), kind));
    }

    /** Account names match as the grant tables do: the user exactly, the host without regard to case. */
    private static boolean matches(String user, String host, AccountName account) {
        return user.equals(account.user()) && host.equalsIgnoreCase(account.host());
    }
}
