package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Account management, after MySQL 8.0's manual: CREATE/ALTER/DROP/RENAME USER, CREATE/DROP ROLE, GRANT and REVOKE of
 * privileges and of roles, SET PASSWORD, SET ROLE, SET DEFAULT ROLE. Accounts are parsed by
 * {@link TokenCursor#account()} (CURRENT_USER[()] gives null where MySQL takes a user); role names take no
 * CURRENT_USER.
 *
 * <p>Not parsed (1064): GRANT / REVOKE PROXY and the multi-factor authentication clauses of 8.0.27+
 * ({@code AND IDENTIFIED ...}, {@code INITIAL AUTHENTICATION}, {@code ADD|MODIFY|DROP factor}, registration).
 */
final class AccountParser {
    /** Static privileges, as {@link PrivilegeSpec#name()} spells them. */
    static final Set<String> STATIC_PRIVILEGES = Set.of("ALL", "ALTER", "ALTER ROUTINE", "CREATE", "CREATE ROLE",
            "CREATE ROUTINE", "CREATE TABLESPACE", "CREATE TEMPORARY TABLES", "CREATE USER", "CREATE VIEW", "DELETE",
            "DROP", "DROP ROLE", "EVENT", "EXECUTE", "FILE", "GRANT OPTION", "INDEX", "INSERT", "LOCK TABLES",
            "PROCESS", "REFERENCES", "RELOAD", "REPLICATION CLIENT", "REPLICATION SLAVE", "SELECT", "SHOW DATABASES",
            "SHOW VIEW", "SHUTDOWN", "SUPER", "TRIGGER", "UPDATE", "USAGE");

    /** Words that begin a static privilege in a GRANT / REVOKE list (never role names there). */
    private static final Set<String> PRIVILEGE_WORDS = Set.of("SELECT", "INSERT", "UPDATE", "REFERENCES", "DELETE",
            "USAGE", "INDEX", "ALTER", "CREATE", "DROP", "EXECUTE", "RELOAD", "SHUTDOWN", "PROCESS", "FILE", "GRANT",
            "SHOW", "SUPER", "LOCK", "REPLICATION", "EVENT", "TRIGGER");

    private final TokenCursor cursor;

    AccountParser(TokenCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
    }

    /** Whether the CREATE / ALTER / DROP / RENAME / SET at the cursor starts an account statement. */
    static boolean startsAccountStatement(TokenCursor cursor) {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        return switch (t.keyword()) {
            case "CREATE", "DROP" -> cursor.isWord(1, "USER") || cursor.isWord(1, "ROLE");
            case "ALTER", "RENAME" -> cursor.isWord(1, "USER");
            case "SET" -> cursor.isWord(1, "PASSWORD") || cursor.isWord(1, "ROLE")
                    || cursor.isWord(1, "DEFAULT") && cursor.isWord(2, "ROLE");
            case "GRANT", "REVOKE" -> true;
            default -> false;
        };
    }

    AccountStatement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> {
                if (cursor.acceptWord("ROLE")) {
                    boolean ifNotExists = ifNotExists();
                    yield new CreateRole(ifNotExists, roles());
                }
                cursor.expectWord("USER");
                yield createUser();
            }
            case "DROP" -> {
                if (cursor.acceptWord("ROLE")) {
                    boolean ifExists = ifExists();
                    yield new DropRole(ifExists, roles());
                }
                cursor.expectWord("USER");
                boolean ifExists = ifExists();
                yield new DropUser(ifExists, accounts());
            }
            case "ALTER" -> {
                cursor.expectWord("USER");
                yield alterUser();
            }
            case "RENAME" -> {
                cursor.expectWord("USER");
                List<Rename> renames = new ArrayList<>();
                do {
                    AccountRef from = cursor.account();
                    cursor.expectWord("TO");
                    renames.add(new Rename(from, cursor.account()));
                } while (cursor.acceptSymbol(","));
                yield new RenameUser(renames);
            }
            case "GRANT" -> grant();
            case "REVOKE" -> revoke();
            case "SET" -> set();
            default -> throw cursor.errorAt(t);
        };
    }

    // ---------------------------------------------------------------- names

    /** A role name: like an account, but CURRENT_USER is not a role. */
    private AccountRef role() {
        if (cursor.isWord("CURRENT_USER")) {
            throw cursor.error();
        }
        return cursor.account();
    }

    private List<AccountRef> roles() {
        List<AccountRef> roles = new ArrayList<>();
        do {
            roles.add(role());
        } while (cursor.acceptSymbol(","));
        return roles;
    }

    /** Accounts where CURRENT_USER is allowed (null elements). */
    private List<AccountRef> accounts() {
        List<AccountRef> accounts = new ArrayList<>();
        do {
            accounts.add(cursor.account());
        } while (cursor.acceptSymbol(","));
        return accounts;
    }

    private boolean ifNotExists() {
        if (cursor.acceptWord("IF")) {
            cursor.expectWord("NOT");
            cursor.expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        if (cursor.acceptWord("IF")) {
            cursor.expectWord("EXISTS");
            return true;
        }
        return false;
    }

    /** An unsigned integer literal as canonical digits. */
    private String number() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.INTEGER) {
            throw cursor.error();
        }
        cursor.advance();
        return new BigInteger(t.text()).toString();
    }

    private static int clampToInt(String digits) {
        BigInteger value = new BigInteger(digits);
        return value.bitLength() < 32 ? value.intValue() : Integer.MAX_VALUE;
    }

    // ---------------------------------------------------------------- CREATE / ALTER USER

    private CreateUser createUser() {
        boolean ifNotExists = ifNotExists();
        List<UserSpec> users = new ArrayList<>();
        do {
            AccountRef account = cursor.account();
            users.add(new UserSpec(account, cursor.isWord("IDENTIFIED") ? identified(false) : null));
        } while (cursor.acceptSymbol(","));
        RoleSelection defaultRoles = null;
        if (cursor.isWords2("DEFAULT", "ROLE")) {
            cursor.advance();
            cursor.advance();
            defaultRoles = new RoleSelection(RoleSelection.Kind.LIST, roles());
        }
        return new CreateUser(ifNotExists, users, defaultRoles, options(new ArrayList<>()));
    }

    private AlterUser alterUser() {
        boolean ifExists = ifExists();
        if (cursor.isWord("USER") && cursor.isSymbol(1, "(")) {
            // USER(): only a new password for the session's own account, or DISCARD OLD PASSWORD
            cursor.advance();
            cursor.advance();
            cursor.expectSymbol(")");
            if (cursor.acceptWords("DISCARD", "OLD", "PASSWORD")) {
                return new AlterUser(ifExists, List.of(new UserSpec(null, null)),
                        new AccountOptions(null, null, List.of("DISCARD OLD PASSWORD")), null);
            }
            cursor.expectWord("IDENTIFIED");
            cursor.expectWord("BY");
            String password = cursor.expectString();
            String replace = replace();
            boolean retain = retainCurrent();
            return new AlterUser(ifExists, List.of(new UserSpec(null, new AuthOption(null, password, null, false,
                    replace, retain))), AccountOptions.NONE, null);
        }
        List<UserSpec> users = new ArrayList<>();
        List<String> other = new ArrayList<>();
        AccountRef first = cursor.account();
        if (cursor.isWords2("DEFAULT", "ROLE")) {
            cursor.advance();
            cursor.advance();
            return new AlterUser(ifExists, List.of(new UserSpec(first, null)), AccountOptions.NONE,
                    roleSelection(false, false));
        }
        AccountRef account = first;
        while (true) {
            AuthOption auth = null;
            if (cursor.isWord("IDENTIFIED")) {
                auth = identified(true);
            } else if (cursor.acceptWords("DISCARD", "OLD", "PASSWORD")) {
                if (!other.contains("DISCARD OLD PASSWORD")) {
                    other.add("DISCARD OLD PASSWORD");
                }
            }
            users.add(new UserSpec(account, auth));
            if (!cursor.acceptSymbol(",")) {
                break;
            }
            account = cursor.account();
        }
        return new AlterUser(ifExists, users, options(other), null);
    }

    /** {@code IDENTIFIED BY ... | IDENTIFIED WITH plugin [BY ... | AS 'hash']}; REPLACE / RETAIN only for ALTER. */
    private AuthOption identified(boolean alter) {
        cursor.expectWord("IDENTIFIED");
        String plugin = null;
        if (cursor.acceptWord("WITH")) {
            plugin = cursor.identifierOrText();
            if (cursor.acceptWord("AS")) {
                return new AuthOption(plugin, null, cursor.expectString(), false);
            }
            if (!cursor.isWord("BY")) {
                return new AuthOption(plugin, null, null, false);
            }
        }
        cursor.expectWord("BY");
        boolean random = cursor.acceptWords("RANDOM", "PASSWORD");
        String password = random ? null : cursor.expectString();
        if (!alter) {
            return new AuthOption(plugin, password, null, random);
        }
        String replace = replace();
        boolean retain = retainCurrent();
        return new AuthOption(plugin, password, null, random, replace, retain);
    }

    private String replace() {
        return cursor.acceptWord("REPLACE") ? cursor.expectString() : null;
    }

    private boolean retainCurrent() {
        return cursor.acceptWords("RETAIN", "CURRENT", "PASSWORD");
    }

    /**
     * {@code [REQUIRE ...] [WITH resource_option ...] [password_option | lock_option] ... [COMMENT 'x' | ATTRIBUTE
     * 'x']}, in that order as MySQL's grammar has them.
     */
    private AccountOptions options(List<String> other) {
        if (cursor.acceptWord("REQUIRE")) {
            other.add("REQUIRE " + require());
        }
        if (cursor.acceptWord("WITH")) {
            int count = 0;
            while (cursor.isWord("MAX_QUERIES_PER_HOUR") || cursor.isWord("MAX_UPDATES_PER_HOUR")
                    || cursor.isWord("MAX_CONNECTIONS_PER_HOUR") || cursor.isWord("MAX_USER_CONNECTIONS")) {
                String name = cursor.advance().keyword();
                other.add(name + " " + number());
                count++;
            }
            if (count == 0) {
                throw cursor.error();
            }
        }
        Boolean locked = null;
        PasswordExpire expire = null;
        while (true) {
            if (cursor.acceptWord("ACCOUNT")) {
                if (cursor.acceptWord("LOCK")) {
                    locked = true;
                } else {
                    cursor.expectWord("UNLOCK");
                    locked = false;
                }
            } else if (cursor.acceptWord("PASSWORD")) {
                if (cursor.acceptWord("EXPIRE")) {
                    expire = passwordExpire();
                } else {
                    other.add("PASSWORD " + passwordOption());
                }
            } else if (cursor.acceptWord("FAILED_LOGIN_ATTEMPTS")) {
                other.add("FAILED_LOGIN_ATTEMPTS " + number());
            } else if (cursor.acceptWord("PASSWORD_LOCK_TIME")) {
                other.add("PASSWORD_LOCK_TIME " + (cursor.acceptWord("UNBOUNDED") ? "UNBOUNDED" : number()));
            } else {
                break;
            }
        }
        if (cursor.acceptWord("COMMENT")) {
            other.add("COMMENT " + SqlFormatter.quoteString(cursor.expectString()));
        } else if (cursor.acceptWord("ATTRIBUTE")) {
            other.add("ATTRIBUTE " + SqlFormatter.quoteString(cursor.expectString()));
        }
        if (locked == null && expire == null && other.isEmpty()) {
            return AccountOptions.NONE;
        }
        return new AccountOptions(locked, expire, other);
    }

    /** After REQUIRE: NONE, SSL, X509, or SUBJECT / ISSUER / CIPHER 'x' joined by optional AND. */
    private String require() {
        for (String word : List.of("NONE", "SSL", "X509")) {
            if (cursor.acceptWord(word)) {
                return word;
            }
        }
        StringBuilder sb = new StringBuilder();
        do {
            Token t = cursor.peek();
            if (!(t.isWord("SUBJECT") || t.isWord("ISSUER") || t.isWord("CIPHER"))) {
                throw cursor.error();
            }
            cursor.advance();
            if (!sb.isEmpty()) {
                sb.append(" AND ");
            }
            sb.append(t.keyword()).append(' ').append(SqlFormatter.quoteString(cursor.expectString()));
            cursor.acceptWord("AND");
        } while (cursor.isWord("SUBJECT") || cursor.isWord("ISSUER") || cursor.isWord("CIPHER"));
        return sb.toString();
    }

    /** After PASSWORD EXPIRE. */
    private PasswordExpire passwordExpire() {
        if (cursor.acceptWord("DEFAULT")) {
            return new PasswordExpire(PasswordExpire.Kind.DEFAULT, 0);
        }
        if (cursor.acceptWord("NEVER")) {
            return new PasswordExpire(PasswordExpire.Kind.NEVER, 0);
        }
        if (cursor.acceptWord("INTERVAL")) {
            int days = clampToInt(number());
            cursor.expectWord("DAY");
            return new PasswordExpire(PasswordExpire.Kind.INTERVAL, days);
        }
        return new PasswordExpire(PasswordExpire.Kind.NOW, 0);
    }

    /** After PASSWORD (other than EXPIRE): HISTORY, REUSE INTERVAL, REQUIRE CURRENT; the canonical rest. */
    private String passwordOption() {
        if (cursor.acceptWord("HISTORY")) {
            return "HISTORY " + (cursor.acceptWord("DEFAULT") ? "DEFAULT" : number());
        }
        if (cursor.acceptWord("REUSE")) {
            cursor.expectWord("INTERVAL");
            if (cursor.acceptWord("DEFAULT")) {
                return "REUSE INTERVAL DEFAULT";
            }
            String days = number();
            cursor.expectWord("DAY");
            return "REUSE INTERVAL " + days + " DAY";
        }
        cursor.expectWord("REQUIRE");
        cursor.expectWord("CURRENT");
        if (cursor.acceptWord("DEFAULT")) {
            return "REQUIRE CURRENT DEFAULT";
        }
        if (cursor.acceptWord("OPTIONAL")) {
            return "REQUIRE CURRENT OPTIONAL";
        }
        return "REQUIRE CURRENT";
    }

    // ---------------------------------------------------------------- roles

    /**
     * {@code DEFAULT | NONE | ALL [EXCEPT role, ...] | role [, role] ...}; DEFAULT only where {@code withDefault},
     * ALL EXCEPT only where {@code withExcept}.
     */
    private RoleSelection roleSelection(boolean withDefault, boolean withExcept) {
        if (withDefault && cursor.acceptWord("DEFAULT")) {
            return new RoleSelection(RoleSelection.Kind.DEFAULT, List.of());
        }
        if (cursor.acceptWord("NONE")) {
            return new RoleSelection(RoleSelection.Kind.NONE, List.of());
        }
        if (cursor.acceptWord("ALL")) {
            if (withExcept && cursor.acceptWord("EXCEPT")) {
                return new RoleSelection(RoleSelection.Kind.ALL_EXCEPT, roles());
            }
            return new RoleSelection(RoleSelection.Kind.ALL, List.of());
        }
        return new RoleSelection(RoleSelection.Kind.LIST, roles());
    }

    // ---------------------------------------------------------------- SET PASSWORD / ROLE / DEFAULT ROLE

    private AccountStatement set() {
        if (cursor.acceptWord("ROLE")) {
            return new SetRole(roleSelection(true, true));
        }
        if (cursor.acceptWord("DEFAULT")) {
            cursor.expectWord("ROLE");
            RoleSelection selection = roleSelection(false, false);
            cursor.expectWord("TO");
            return new SetDefaultRole(selection, accounts());
        }
        cursor.expectWord("PASSWORD");
        AccountRef account = cursor.acceptWord("FOR") ? cursor.account() : null;
        String password = null;
        boolean random = false;
        if (cursor.acceptWord("TO")) {
            cursor.expectWord("RANDOM");
            random = true;
        } else {
            if (!cursor.acceptSymbol("=")) {
                cursor.expectSymbol(":=");
            }
            // a plain string only: PASSWORD('x') is gone from MySQL 8.0
            password = cursor.expectString();
        }
        String replace = replace();
        boolean retain = retainCurrent();
        return new SetPassword(account, password, random, replace, retain);
    }

    // ---------------------------------------------------------------- GRANT / REVOKE

    /**
     * One element of MySQL's role-or-privilege list before ON / TO / FROM decides which it is: a static privilege
     * ({@code staticName} set), or a name that is a role (with or without host) or a dynamic privilege.
     */
    private record Item(Token start, String staticName, AccountRef role, boolean hasHost, List<String> columns) {
        boolean canBePrivilege() {
            return !hasHost;
        }

        boolean canBeRole() {
            return staticName == null && columns.isEmpty();
        }

        PrivilegeSpec privilege() {
            String name = staticName != null ? staticName : role.user().toUpperCase(Locale.ROOT);
            return new PrivilegeSpec(name, columns);
        }
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        do {
            items.add(item());
        } while (cursor.acceptSymbol(","));
        return items;
    }

    private Item item() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.WORD && PRIVILEGE_WORDS.contains(t.keyword())) {
            cursor.advance();
            String name = staticPrivilege(t.keyword());
            List<String> columns = List.of();
            if (cursor.isSymbol("(") && Set.of("SELECT", "INSERT", "UPDATE", "REFERENCES").contains(name)) {
                columns = columns();
            }
            return new Item(t, name, null, false, columns);
        }
        if (t.isWord("PROXY")) {
            // GRANT / REVOKE PROXY is not parsed
            throw cursor.error();
        }
        String name = cursor.identifierOrText();
        Token host = cursor.peek();
        if (host.kind() == TokenKind.USER_VARIABLE || host.isSymbol("@")) {
            cursor.reset(cursor.mark() - 1, cursor.parameterMark());
            return new Item(t, null, role(), true, List.of());
        }
        List<String> columns = cursor.isSymbol("(") ? columns() : List.of();
        return new Item(t, null, new AccountRef(name, "%"), false, columns);
    }

    /** The rest of a static privilege whose first word has been read. */
    private String staticPrivilege(String first) {
        return switch (first) {
            case "ALTER" -> cursor.acceptWord("ROUTINE") ? "ALTER ROUTINE" : "ALTER";
            case "CREATE" -> {
                if (cursor.acceptWord("TEMPORARY")) {
                    cursor.expectWord("TABLES");
                    yield "CREATE TEMPORARY TABLES";
                }
                for (String word : List.of("VIEW", "ROUTINE", "USER", "TABLESPACE", "ROLE")) {
                    if (cursor.acceptWord(word)) {
                        yield "CREATE " + word;
                    }
                }
                yield "CREATE";
            }
            case "DROP" -> cursor.acceptWord("ROLE") ? "DROP ROLE" : "DROP";
            case "GRANT" -> {
                cursor.expectWord("OPTION");
                yield "GRANT OPTION";
            }
            case "SHOW" -> {
                if (cursor.acceptWord("DATABASES")) {
                    yield "SHOW DATABASES";
                }
                cursor.expectWord("VIEW");
                yield "SHOW VIEW";
            }
            case "LOCK" -> {
                cursor.expectWord("TABLES");
                yield "LOCK TABLES";
            }
            case "REPLICATION" -> {
                if (cursor.acceptWord("CLIENT")) {
                    yield "REPLICATION CLIENT";
                }
                if (!cursor.acceptWord("SLAVE")) {
                    cursor.expectWord("REPLICA");
                }
                yield "REPLICATION SLAVE";
            }
            default -> first;
        };
    }

    private List<String> columns() {
        cursor.expectSymbol("(");
        List<String> columns = new ArrayList<>();
        do {
            columns.add(cursor.identifier());
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return columns;
    }

    private List<PrivilegeSpec> privileges(List<Item> items) {
        List<PrivilegeSpec> privileges = new ArrayList<>();
        for (Item item : items) {
            if (!item.canBePrivilege()) {
                throw cursor.errorAt(item.start());
            }
            privileges.add(item.privilege());
        }
        return privileges;
    }

    private List<AccountRef> itemRoles(List<Item> items) {
        List<AccountRef> roles = new ArrayList<>();
        for (Item item : items) {
            if (!item.canBeRole()) {
                throw cursor.errorAt(item.start());
            }
            roles.add(item.role());
        }
        return roles;
    }

    /** {@code [TABLE | FUNCTION | PROCEDURE] {* | *.* | db.* | db.name | name}} after ON. */
    private GrantObject object() {
        GrantObject.ObjectType type = GrantObject.ObjectType.TABLE;
        if (cursor.acceptWord("TABLE")) {
            type = GrantObject.ObjectType.TABLE;
        } else if (cursor.acceptWord("FUNCTION")) {
            type = GrantObject.ObjectType.FUNCTION;
        } else if (cursor.acceptWord("PROCEDURE")) {
            type = GrantObject.ObjectType.PROCEDURE;
        }
        if (cursor.acceptSymbol("*")) {
            if (cursor.acceptSymbol(".")) {
                cursor.expectSymbol("*");
                return new GrantObject(type, "*", "*");
            }
            return new GrantObject(type, null, "*");
        }
        String first = cursor.identifier();
        if (cursor.acceptSymbol(".")) {
            if (cursor.acceptSymbol("*")) {
                return new GrantObject(type, first, "*");
            }
            return new GrantObject(type, first, cursor.anyName());
        }
        return new GrantObject(type, null, first);
    }

    private AccountStatement grant() {
        if (cursor.acceptWord("ALL")) {
            cursor.acceptWord("PRIVILEGES");
            cursor.expectWord("ON");
            return grantPrivileges(List.of(new PrivilegeSpec("ALL")));
        }
        List<Item> items = items();
        if (cursor.acceptWord("ON")) {
            return grantPrivileges(privileges(items));
        }
        cursor.expectWord("TO");
        List<AccountRef> roles = itemRoles(items);
        List<AccountRef> grantees = accounts();
        boolean admin = false;
        if (cursor.acceptWord("WITH")) {
            cursor.expectWord("ADMIN");
            cursor.expectWord("OPTION");
            admin = true;
        }
        return new GrantRole(roles, grantees, admin);
    }

    /** The rest of a privilege GRANT after ON. */
    private Grant grantPrivileges(List<PrivilegeSpec> privileges) {
        GrantObject object = object();
        cursor.expectWord("TO");
        List<AccountRef> grantees = accounts();
        boolean grantOption = false;
        if (cursor.acceptWord("WITH")) {
            cursor.expectWord("GRANT");
            cursor.expectWord("OPTION");
            grantOption = true;
        }
        AccountRef as = null;
        if (cursor.acceptWord("AS")) {
            as = cursor.account();
            if (cursor.acceptWord("WITH")) {
                cursor.expectWord("ROLE");
                roleSelection(true, true);
            }
        }
        return new Grant(privileges, object, grantees, grantOption, as);
    }

    private AccountStatement revoke() {
        boolean ifExists = ifExists();
        if (cursor.acceptWord("ALL")) {
            cursor.acceptWord("PRIVILEGES");
            if (cursor.acceptSymbol(",")) {
                cursor.expectWord("GRANT");
                cursor.expectWord("OPTION");
                cursor.expectWord("FROM");
                List<AccountRef> grantees = accounts();
                return new RevokeAll(ifExists, grantees, ignoreUnknownUser());
            }
            cursor.expectWord("ON");
            return revokePrivileges(ifExists, List.of(new PrivilegeSpec("ALL")));
        }
        List<Item> items = items();
        if (cursor.acceptWord("ON")) {
            return revokePrivileges(ifExists, privileges(items));
        }
        cursor.expectWord("FROM");
        List<AccountRef> roles = itemRoles(items);
        List<AccountRef> grantees = accounts();
        return new RevokeRole(ifExists, roles, grantees, ignoreUnknownUser());
    }

    private Revoke revokePrivileges(boolean ifExists, List<PrivilegeSpec> privileges) {
        GrantObject object = object();
        cursor.expectWord("FROM");
        List<AccountRef> grantees = accounts();
        return new Revoke(ifExists, privileges, object, grantees, ignoreUnknownUser());
    }

    private boolean ignoreUnknownUser() {
        if (cursor.acceptWord("IGNORE")) {
            cursor.expectWord("UNKNOWN");
            cursor.expectWord("USER");
            return true;
        }
        return false;
    }
}
