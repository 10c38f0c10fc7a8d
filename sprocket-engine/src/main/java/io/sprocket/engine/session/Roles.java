package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.Grants;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.sql.ast.AccountRef;
import io.sprocket.sql.ast.GrantRole;
import io.sprocket.sql.ast.RevokeRole;
import io.sprocket.sql.ast.RoleSelection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles (MySQL 8.0 Reference Manual, 8.2.10 Using Roles): GRANT role TO, REVOKE role FROM, SET DEFAULT ROLE and
 * SET ROLE. A role is an account; its privileges count for a session only while it is active there.
 */
final class Roles {
    private Roles() {
    }

    static Grants grant(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, GrantRole g) {
        List<AccountName> roles = existing(s, accounts, g.roles());
        List<AccountName> grantees = existing(s, accounts, g.grantees());
        checkAdmin(s, roles);
        for (AccountName grantee : grantees) {
            for (AccountName role : roles) grants = grants.grantRole(grantee, role, g.withAdminOption());
        }
        return grants;
    }

    static Grants revoke(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, RevokeRole r) {
        List<AccountName> roles = existing(s, accounts, r.roles());
        List<AccountName> grantees = existing(s, accounts, r.grantees());
        checkAdmin(s, roles);
        for (AccountName grantee : grantees) {
            for (AccountName role : roles) grants = grants.revokeRole(grantee, role);
        }
        return grants;
    }

    /** SET DEFAULT ROLE / ALTER USER ... DEFAULT ROLE / CREATE USER ... DEFAULT ROLE for {@code user}. */
    static Grants setDefault(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, RoleSelection sel,
                             AccountName user) {
        List<AccountName> roles = switch (sel.kind()) {
            case NONE -> List.of();
            case ALL -> new ArrayList<>(grants.account(user).roles().keySet());
            default -> {
                List<AccountName> list = existing(s, accounts, sel.roles());
                for (AccountName r : list) {
                    if (!grants.account(user).roles().containsKey(r)) throw notGranted(r, user);
                }
                yield list;
            }
        };
        return grants.setDefaultRoles(user, roles);
    }

    /** SET ROLE: the roles active in this session from now on (each must be granted to the account: 3530). */
    static void setRole(SessionImpl s, RoleSelection sel) {
        AccountName user = s.securityContext().user();
        var held = s.engine.grants().account(user);
        // mandatory_roles count as granted to every account (MySQL 8.0 Reference Manual, 8.2.10: "Defining
        // Mandatory Roles"): SET ROLE ALL and SET ROLE of one of them activate it
        Set<AccountName> granted = new LinkedHashSet<>(held.roles().keySet());
        for (AccountName m : s.mandatoryRoles()) {
            if (s.engine.accountNames().contains(io.sprocket.engine.security.Grants.canonical(m))) granted.add(m);
        }
        Set<AccountName> active = new LinkedHashSet<>();
        switch (sel.kind()) {
            case NONE -> { }
            case DEFAULT -> {
                for (AccountName d : held.defaultRoles()) if (granted.contains(d)) active.add(d);
            }
            case ALL -> active.addAll(granted);
            case ALL_EXCEPT -> {
                active.addAll(granted);
                for (AccountRef r : sel.roles()) active.remove(AccountDdl.name(r));
            }
            case LIST -> {
                for (AccountRef r : sel.roles()) {
                    AccountName n = AccountDdl.name(r);
                    if (!granted.contains(n)) throw notGranted(n, user);
                    active.add(n);
                }
            }
        }
        s.setActiveRoles(active);
    }

    private static List<AccountName> existing(SessionImpl s, Map<AccountName, StoredAccount> accounts, List<AccountRef> refs) {
        List<AccountName> out = new ArrayList<>();
        for (AccountRef r : refs) {
            AccountName n = r == null ? s.securityContext().user() : AccountDdl.name(r);
            if (!accounts.containsKey(n)) throw new SqlException(ErrorCode.ER_UNKNOWN_AUTHID, n.user(), n.host());
            out.add(n);
        }
        return out;
    }

    /** Granting or revoking a role needs ROLE_ADMIN (or SUPER), or the role WITH ADMIN OPTION. */
    private static void checkAdmin(SessionImpl s, List<AccountName> roles) {
        var p = s.privileges();
        if (p.hasDynamic("ROLE_ADMIN")) return;
        for (AccountName r : roles) {
            if (!p.canAdminister(r)) {
                throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "WITH ADMIN, ROLE_ADMIN, SUPER");
            }
        }
    }

    private static SqlException notGranted(AccountName role, AccountName user) {
        return new SqlException(ErrorCode.ER_ROLE_NOT_GRANTED, role.user(), role.host(), user.user(), user.host());
    }
}
