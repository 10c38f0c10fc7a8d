package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.AccountStore;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.sql.ast.AccountRef;
import io.sprocket.sql.ast.AccountStatement;
import io.sprocket.sql.ast.AlterUser;
import io.sprocket.sql.ast.AuthOption;
import io.sprocket.sql.ast.CreateRole;
import io.sprocket.sql.ast.CreateUser;
import io.sprocket.sql.ast.DropRole;
import io.sprocket.sql.ast.DropUser;
import io.sprocket.sql.ast.RenameUser;
import io.sprocket.sql.ast.SetPassword;
import io.sprocket.sql.ast.UserSpec;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CREATE / DROP / RENAME / ALTER USER, SET PASSWORD, CREATE / DROP ROLE: MySQL 8.0's account management. Each
 * statement commits the open transaction first (as DDL does) and then changes the accounts (and their grants)
 * in one transaction of its own, atomically: when any named account fails, nothing changes (1396 lists them).
 */
final class AccountDdl {
    private AccountDdl() {
    }

    static OkResult run(SessionImpl s, AccountStatement st) {
        if (st instanceof io.sprocket.sql.ast.SetRole r) {
            Roles.setRole(s, r.selection());
            return OkResult.EMPTY;
        }
        checkPrivilege(s, st);
        s.transactions.commit(); // account management commits implicitly, as DDL does
        var lock = s.engine.metadataLock().writeLock();
        lock.lock();
        try (KvTransaction txn = s.engine.store().begin()) {
            AccountStore store = s.engine.accountStore();
            Map<AccountName, StoredAccount> accounts = new LinkedHashMap<>();
            for (StoredAccount a : store.all(txn)) accounts.put(a.name(), a);
            io.sprocket.engine.security.Grants before = s.engine.grants();
            Change change = new Change(s, store, txn, accounts, before);
            switch (st) {
                case CreateUser c -> {
                    change.createUsers(c.users(), c.ifNotExists(), false, c.options());
                    if (c.defaultRoles() != null) {
                        for (UserSpec u : c.users()) change.grants = Roles.setDefault(s, change.grants, accounts, c.defaultRoles(), name(u.account()));
                    }
                }
                case CreateRole c -> change.createRoles(c.roles(), c.ifNotExists());
                case DropUser d -> change.drop(d.users(), d.ifExists(), "DROP USER");
                case DropRole d -> change.drop(d.roles(), d.ifExists(), "DROP ROLE");
                case RenameUser r -> change.rename(r);
                case AlterUser a -> {
                    change.alter(a);
                    if (a.defaultRole() != null) {  // ALTER USER u DEFAULT ROLE ...: as SET DEFAULT ROLE ... TO u
                        for (UserSpec u : a.users()) {
                            AccountName n = u.account() == null ? s.securityContext().user() : name(u.account());
                            if (accounts.containsKey(n)) change.grants = Roles.setDefault(s, change.grants, accounts, a.defaultRole(), n);
                        }
                    }
                }
                case SetPassword p -> change.setPassword(p);
                case io.sprocket.sql.ast.Grant g -> change.grants = GrantRevoke.grant(s, change.grants, accounts, g);
                case io.sprocket.sql.ast.Revoke r -> change.grants = GrantRevoke.revoke(s, change.grants, accounts, r);
                case io.sprocket.sql.ast.RevokeAll r -> change.grants = GrantRevoke.revokeAll(s, change.grants, accounts, r);
                case io.sprocket.sql.ast.GrantRole g -> change.grants = Roles.grant(s, change.grants, accounts, g);
                case io.sprocket.sql.ast.RevokeRole r -> change.grants = Roles.revoke(s, change.grants, accounts, r);
                case io.sprocket.sql.ast.SetDefaultRole d -> {
                    for (AccountRef u : d.users()) {
                        AccountName n = u == null ? s.securityContext().user() : name(u);
                        if (!accounts.containsKey(n)) throw new SqlException(ErrorCode.ER_UNKNOWN_AUTHID, n.user(), n.host());
                        change.grants = Roles.setDefault(s, change.grants, accounts, d.selection(), n);
                    }
                }
                case io.sprocket.sql.ast.SetRole r -> throw new IllegalStateException("handled above");
            }
            io.sprocket.engine.security.GrantStore.write(txn, before, change.grants);
            txn.commit();
            s.engine.publishGrants(change.grants);
            s.engine.publishAccounts(accounts.keySet());
            if (st instanceof AlterUser || st instanceof SetPassword) s.refreshPasswordState();
        } finally {
            lock.unlock();
        }
        return OkResult.EMPTY;
    }

    /**
     * What each statement needs (MySQL 8.0 Reference Manual, 15.7.1): CREATE USER for account management
     * (CREATE ROLE / DROP ROLE also do for roles); a password of one's own needs nothing. GRANT and REVOKE check
     * the grantor's rights per object (see {@link GrantRevoke}).
     */
    private static void checkPrivilege(SessionImpl s, AccountStatement st) {
        var p = s.privileges();
        boolean createUser = p.hasGlobal(io.sprocket.engine.security.Privilege.CREATE_USER);
        switch (st) {
            case CreateUser c -> requireCreateUser(createUser);
            case DropUser d -> requireCreateUser(createUser);
            case RenameUser r -> requireCreateUser(createUser);
            case AlterUser a -> {
                boolean self = a.users().stream().allMatch(u -> u.account() == null
                        || name(u.account()).equals(s.securityContext().user())) && a.defaultRole() == null;
                if (!self) requireCreateUser(createUser);
            }
            case SetPassword sp -> {
                if (sp.account() != null && !name(sp.account()).equals(s.securityContext().user()) && !createUser) {
                    var a = s.securityContext().user();
                    throw new SqlException(ErrorCode.ER_DBACCESS_DENIED_ERROR, a.user(), a.host(), "mysql");
                }
            }
            case CreateRole c -> {
                if (!createUser && !p.hasGlobal(io.sprocket.engine.security.Privilege.CREATE_ROLE)) {
                    throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "CREATE USER or CREATE ROLE");
                }
            }
            case DropRole d -> {
                if (!createUser && !p.hasGlobal(io.sprocket.engine.security.Privilege.DROP_ROLE)) {
                    throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "CREATE USER or DROP ROLE");
                }
            }
            case io.sprocket.sql.ast.SetDefaultRole d -> {
                boolean self = d.users().stream().allMatch(u -> u == null || name(u).equals(s.securityContext().user()));
                if (!self) requireCreateUser(createUser);
            }
            default -> {
            }
        }
    }

    private static void requireCreateUser(boolean has) {
        if (!has) throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "CREATE USER");
    }

    /** MySQL stores host names in lower case; user names as written. */
    static AccountName name(AccountRef r) {
        return new AccountName(r.user(), r.host().toLowerCase(Locale.ROOT));
    }

    private static final class Change {
        final SessionImpl s;
        final AccountStore store;
        final KvTransaction txn;
        final Map<AccountName, StoredAccount> accounts;
        io.sprocket.engine.security.Grants grants;

        Change(SessionImpl s, AccountStore store, KvTransaction txn, Map<AccountName, StoredAccount> accounts,
               io.sprocket.engine.security.Grants grants) {
            this.s = s;
            this.store = store;
            this.txn = txn;
            this.accounts = accounts;
            this.grants = grants;
        }

        void createUsers(List<UserSpec> users, boolean ifNotExists, boolean roles,
                         io.sprocket.sql.ast.AccountOptions options) {
            List<AccountName> failed = new ArrayList<>();
            List<StoredAccount> created = new ArrayList<>();
            for (UserSpec u : users) {
                AccountName n = name(u.account());
                checkLength(n);
                if (accounts.containsKey(n) || created.stream().anyMatch(c -> c.name().equals(n))) {
                    if (ifNotExists) s.diagnostics.note(ErrorCode.ER_USER_ALREADY_EXISTS, n.quoted());
                    else failed.add(n);
                    continue;
                }
                String plugin = plugin(u.auth());
                String auth = authString(plugin, u.auth());
                boolean locked = options != null && Boolean.TRUE.equals(options.accountLocked());
                boolean expired = options != null && options.passwordExpire() != null
                        && options.passwordExpire().kind() == io.sprocket.sql.ast.PasswordExpire.Kind.NOW;
                created.add(new StoredAccount(n, plugin, auth, locked, expired));
            }
            if (!failed.isEmpty()) throw failure(roles ? "CREATE ROLE" : "CREATE USER", failed);
            if (!roles) for (StoredAccount a : created) DefinerReferences.check(s, "CREATE USER", a.name());
            for (StoredAccount a : created) {
                store.put(txn, a);
                accounts.put(a.name(), a);
            }
        }

        void createRoles(List<AccountRef> roles, boolean ifNotExists) {
            List<AccountName> failed = new ArrayList<>();
            List<StoredAccount> created = new ArrayList<>();
            for (AccountRef r : roles) {
                AccountName n = name(r);
                checkLength(n);
                if (accounts.containsKey(n) || created.stream().anyMatch(c -> c.name().equals(n))) {
                    if (ifNotExists) s.diagnostics.note(ErrorCode.ER_USER_ALREADY_EXISTS, n.quoted());
                    else failed.add(n);
                    continue;
                }
                // a role is an account that cannot log in: locked, no password
                created.add(new StoredAccount(n, PasswordHashes.CACHING_SHA2_PLUGIN, "", true, true));
            }
            if (!failed.isEmpty()) throw failure("CREATE ROLE", failed);
            for (StoredAccount a : created) {
                store.put(txn, a);
                accounts.put(a.name(), a);
            }
        }

        void drop(List<AccountRef> names, boolean ifExists, String operation) {
            List<AccountName> failed = new ArrayList<>();
            List<AccountName> dropped = new ArrayList<>();
            for (AccountRef r : names) {
                AccountName n = r == null ? s.securityContext().user() : name(r);
                if (!accounts.containsKey(n) || dropped.contains(n)) {
                    if (ifExists) s.diagnostics.note(ErrorCode.ER_USER_DOES_NOT_EXIST, n.quoted());
                    else failed.add(n);
                    continue;
                }
                dropped.add(n);
            }
            if (!failed.isEmpty()) throw failure(operation, failed);
            if (operation.equals("DROP USER")) for (AccountName n : dropped) DefinerReferences.check(s, operation, n);
            for (AccountName n : dropped) {
                store.delete(txn, n);
                accounts.remove(n);
                grants = grants.dropAccount(n);
            }
        }

        void rename(RenameUser r) {
            List<AccountName> failed = new ArrayList<>();
            for (var pair : r.renames()) {
                AccountName from = name(pair.from());
                AccountName to = name(pair.to());
                checkLength(to);
                StoredAccount a = accounts.get(from);
                if (a == null || accounts.containsKey(to)) {
                    failed.add(from);
                    continue;
                }
                // the old name's objects would be orphaned, the new name would adopt orphans
                DefinerReferences.check(s, "RENAME USER", from);
                DefinerReferences.check(s, "RENAME USER", to);
                store.delete(txn, from);
                accounts.remove(from);
                StoredAccount moved = new StoredAccount(to, a.plugin(), a.authString(), a.locked(), a.passwordExpired());
                store.put(txn, moved);
                accounts.put(to, moved);
                grants = grants.renameAccount(from, to);
            }
            if (!failed.isEmpty()) throw failure("RENAME USER", failed);
        }

        void alter(AlterUser a) {
            List<AccountName> failed = new ArrayList<>();
            List<StoredAccount> changed = new ArrayList<>();
            for (UserSpec u : a.users()) {
                AccountName n = u.account() == null ? s.securityContext().user() : name(u.account());
                StoredAccount old = accounts.get(n);
                if (old == null) {
                    if (a.ifExists()) s.diagnostics.note(ErrorCode.ER_USER_DOES_NOT_EXIST, n.quoted());
                    else failed.add(n);
                    continue;
                }
                String plugin = old.plugin();
                String auth = old.authString();
                boolean expired = old.passwordExpired();
                if (u.auth() != null) {
                    plugin = u.auth().plugin() != null ? plugin(u.auth()) : old.plugin();
                    auth = authString(plugin, u.auth());
                    expired = false;
                }
                boolean locked = old.locked();
                var options = a.options();
                if (options != null && options.accountLocked() != null) locked = options.accountLocked();
                if (options != null && options.passwordExpire() != null) {
                    expired = options.passwordExpire().kind() == io.sprocket.sql.ast.PasswordExpire.Kind.NOW;
                }
                changed.add(new StoredAccount(n, plugin, auth, locked, expired));
            }
            if (!failed.isEmpty()) throw failure("ALTER USER", failed);
            for (StoredAccount c : changed) {
                store.put(txn, c);
                accounts.put(c.name(), c);
            }
        }

        void setPassword(SetPassword p) {
            if (p.random()) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "SET PASSWORD TO RANDOM");
            AccountName n = p.account() == null ? s.securityContext().user() : name(p.account());
            StoredAccount old = accounts.get(n);
            if (old == null) throw new SqlException(ErrorCode.ER_PASSWORD_NO_MATCH);
            StoredAccount c = new StoredAccount(n, old.plugin(), PasswordHashes.hash(old.plugin(), p.password()),
                    old.locked(), false);
            store.put(txn, c);
            accounts.put(n, c);
        }
    }

    private static void checkLength(AccountName n) {
        if (n.user().length() > 32) {
            throw new SqlException(ErrorCode.ER_WRONG_STRING_LENGTH, n.user(), "user name", 32);
        }
        if (n.host().length() > 255) {
            throw new SqlException(ErrorCode.ER_WRONG_STRING_LENGTH, n.host(), "host name", 255);
        }
    }

    private static String plugin(AuthOption auth) {
        if (auth == null || auth.plugin() == null) return PasswordHashes.CACHING_SHA2_PLUGIN;
        String p = auth.plugin().toLowerCase(Locale.ROOT);
        if (!p.equals(PasswordHashes.CACHING_SHA2_PLUGIN) && !p.equals(PasswordHashes.NATIVE_PLUGIN)) {
            throw new SqlException(ErrorCode.ER_PLUGIN_IS_NOT_LOADED, auth.plugin());
        }
        return p;
    }

    private static String authString(String plugin, AuthOption auth) {
        if (auth == null) return "";
        if (auth.randomPassword()) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "IDENTIFIED BY RANDOM PASSWORD");
        if (auth.authString() != null) {
            String a = auth.authString();
            boolean valid = a.isEmpty() || (plugin.equals(PasswordHashes.NATIVE_PLUGIN)
                    ? a.length() == 41 && a.charAt(0) == '*' && a.substring(1).matches("[0-9A-Fa-f]{40}")
                    : a.startsWith("$A$") && a.length() == 70);
            if (!valid) throw new SqlException(ErrorCode.ER_PASSWORD_FORMAT);
            return a;
        }
        if (auth.password() == null) return "";
        return PasswordHashes.hash(plugin, auth.password());
    }

    /** 1396 naming every account the operation failed for, as MySQL lists them. */
    private static SqlException failure(String operation, List<AccountName> failed) {
        StringBuilder names = new StringBuilder();
        for (AccountName n : failed) {
            if (!names.isEmpty()) names.append(',');
            names.append(n.quoted());
        }
        return new SqlException(ErrorCode.ER_CANNOT_USER, operation, names.toString());
    }
}
