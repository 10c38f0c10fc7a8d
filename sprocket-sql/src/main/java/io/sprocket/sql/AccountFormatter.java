package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.List;
import java.util.Locale;

/**
 * Prints account statements as canonical SQL that parses back to the same tree: accounts and roles as
 * {@code 'user'@'host'} (CURRENT_USER for null), names backquoted, passwords as string literals.
 */
final class AccountFormatter {
    private final StringBuilder sb;

    AccountFormatter(StringBuilder sb) {
        this.sb = sb;
    }

    void account(AccountStatement s) {
        switch (s) {
            case CreateUser x -> {
                sb.append("CREATE USER ");
                if (x.ifNotExists()) {
                    sb.append("IF NOT EXISTS ");
                }
                users(x.users());
                if (x.defaultRoles() != null) {
                    sb.append(" DEFAULT ROLE ");
                    accounts(x.defaultRoles().roles());
                }
                options(x.options());
            }
            case AlterUser x -> {
                sb.append("ALTER USER ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                users(x.users());
                if (x.defaultRole() != null) {
                    sb.append(" DEFAULT ROLE ");
                    selection(x.defaultRole());
                }
                options(x.options());
            }
            case DropUser x -> {
                sb.append("DROP USER ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                accounts(x.users());
            }
            case RenameUser x -> {
                sb.append("RENAME USER ");
                for (int i = 0; i < x.renames().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    account(x.renames().get(i).from());
                    sb.append(" TO ");
                    account(x.renames().get(i).to());
                }
            }
            case SetPassword x -> {
                sb.append("SET PASSWORD");
                if (x.account() != null) {
                    sb.append(" FOR ");
                    account(x.account());
                }
                if (x.random()) {
                    sb.append(" TO RANDOM");
                } else {
                    sb.append(" = ").append(SqlFormatter.quoteString(x.password()));
                }
                replaceRetain(x.replace(), x.retainCurrent());
            }
            case Grant x -> {
                sb.append("GRANT ");
                privileges(x.privileges());
                sb.append(" ON ");
                object(x.object());
                sb.append(" TO ");
                accounts(x.grantees());
                if (x.withGrantOption()) {
                    sb.append(" WITH GRANT OPTION");
                }
                if (x.as() != null) {
                    sb.append(" AS ");
                    account(x.as());
                }
            }
            case GrantRole x -> {
                sb.append("GRANT ");
                accounts(x.roles());
                sb.append(" TO ");
                accounts(x.grantees());
                if (x.withAdminOption()) {
                    sb.append(" WITH ADMIN OPTION");
                }
            }
            case Revoke x -> {
                revoke(x.ifExists());
                privileges(x.privileges());
                sb.append(" ON ");
                object(x.object());
                from(x.grantees(), x.ignoreUnknownUser());
            }
            case RevokeAll x -> {
                revoke(x.ifExists());
                sb.append("ALL PRIVILEGES, GRANT OPTION");
                from(x.grantees(), x.ignoreUnknownUser());
            }
            case RevokeRole x -> {
                revoke(x.ifExists());
                accounts(x.roles());
                from(x.grantees(), x.ignoreUnknownUser());
            }
            case CreateRole x -> {
                sb.append("CREATE ROLE ");
                if (x.ifNotExists()) {
                    sb.append("IF NOT EXISTS ");
                }
                accounts(x.roles());
            }
            case DropRole x -> {
                sb.append("DROP ROLE ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                accounts(x.roles());
            }
            case SetRole x -> {
                sb.append("SET ROLE ");
                selection(x.selection());
            }
            case SetDefaultRole x -> {
                sb.append("SET DEFAULT ROLE ");
                selection(x.selection());
                sb.append(" TO ");
                accounts(x.users());
            }
        }
    }

    /** {@code 'user'@'host'}, or CURRENT_USER for null. */
    void account(AccountRef account) {
        if (account == null) {
            sb.append("CURRENT_USER");
        } else {
            sb.append(SqlFormatter.quoteString(account.user())).append('@')
                    .append(SqlFormatter.quoteString(account.host()));
        }
    }

    void accounts(List<AccountRef> accounts) {
        for (int i = 0; i < accounts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            account(accounts.get(i));
        }
    }

    private void revoke(boolean ifExists) {
        sb.append(ifExists ? "REVOKE IF EXISTS " : "REVOKE ");
    }

    private void from(List<AccountRef> grantees, boolean ignoreUnknownUser) {
        sb.append(" FROM ");
        accounts(grantees);
        if (ignoreUnknownUser) {
            sb.append(" IGNORE UNKNOWN USER");
        }
    }

    private void users(List<UserSpec> users) {
        for (int i = 0; i < users.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            UserSpec u = users.get(i);
            account(u.account());
            AuthOption a = u.auth();
            if (a == null) {
                continue;
            }
            sb.append(" IDENTIFIED");
            if (a.plugin() != null) {
                sb.append(" WITH ").append(SqlFormatter.quoteString(a.plugin()));
            }
            if (a.authString() != null) {
                sb.append(" AS ").append(SqlFormatter.quoteString(a.authString()));
            } else if (a.randomPassword()) {
                sb.append(" BY RANDOM PASSWORD");
            } else if (a.password() != null) {
                sb.append(" BY ").append(SqlFormatter.quoteString(a.password()));
            }
            replaceRetain(a.replace(), a.retainCurrent());
        }
    }

    private void replaceRetain(String replace, boolean retain) {
        if (replace != null) {
            sb.append(" REPLACE ").append(SqlFormatter.quoteString(replace));
        }
        if (retain) {
            sb.append(" RETAIN CURRENT PASSWORD");
        }
    }

    /** In the grammar's order: DISCARD, REQUIRE, WITH resources, lock / expire / password options, COMMENT. */
    private void options(AccountOptions o) {
        List<String> other = o.other();
        for (String text : other) {
            if (text.equals("DISCARD OLD PASSWORD")) {
                sb.append(' ').append(text);
            }
        }
        for (String text : other) {
            if (text.startsWith("REQUIRE ")) {
                sb.append(' ').append(text);
            }
        }
        String with = " WITH";
        for (String text : other) {
            if (text.startsWith("MAX_")) {
                sb.append(with).append(' ').append(text);
                with = "";
            }
        }
        if (o.accountLocked() != null) {
            sb.append(o.accountLocked() ? " ACCOUNT LOCK" : " ACCOUNT UNLOCK");
        }
        if (o.passwordExpire() != null) {
            sb.append(" PASSWORD EXPIRE");
            switch (o.passwordExpire().kind()) {
                case NOW -> {
                }
                case DEFAULT -> sb.append(" DEFAULT");
                case NEVER -> sb.append(" NEVER");
                case INTERVAL -> sb.append(" INTERVAL ").append(o.passwordExpire().days()).append(" DAY");
            }
        }
        for (String text : other) {
            if (text.startsWith("PASSWORD") || text.startsWith("FAILED_LOGIN_ATTEMPTS")) {
                sb.append(' ').append(text);
            }
        }
        for (String text : other) {
            if (text.startsWith("COMMENT ") || text.startsWith("ATTRIBUTE ")) {
                sb.append(' ').append(text);
            }
        }
    }

    private void selection(RoleSelection s) {
        switch (s.kind()) {
            case DEFAULT, NONE, ALL -> sb.append(s.kind().name());
            case ALL_EXCEPT -> {
                sb.append("ALL EXCEPT ");
                accounts(s.roles());
            }
            case LIST -> accounts(s.roles());
        }
    }

    private void privileges(List<PrivilegeSpec> privileges) {
        for (int i = 0; i < privileges.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            PrivilegeSpec p = privileges.get(i);
            String name = p.name();
            if (name.equals("ALL")) {
                sb.append("ALL PRIVILEGES");
            } else if (AccountParser.STATIC_PRIVILEGES.contains(name) || isPlainDynamicName(name)) {
                sb.append(name);
            } else {
                ExpressionFormatter.identifier(sb, name);
            }
            if (!p.columns().isEmpty()) {
                sb.append(" (");
                for (int c = 0; c < p.columns().size(); c++) {
                    if (c > 0) {
                        sb.append(", ");
                    }
                    ExpressionFormatter.identifier(sb, p.columns().get(c));
                }
                sb.append(')');
            }
        }
    }

    /** A dynamic privilege name that reads back as itself without quotes. */
    private static boolean isPlainDynamicName(String name) {
        if (name.isEmpty() || Keywords.isReserved(name) || name.equals("PROXY") || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (String word : List.of("EXECUTE", "RELOAD", "SHUTDOWN", "PROCESS", "FILE", "SUPER", "EVENT",
                "REPLICATION")) {
            if (name.equals(word)) {
                return false;
            }
        }
        return name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$'))
                && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private void object(GrantObject o) {
        if (o.type() != GrantObject.ObjectType.TABLE) {
            sb.append(o.type().name()).append(' ');
        }
        if ("*".equals(o.schema()) && o.name().equals("*")) {
            sb.append("*.*");
            return;
        }
        if (o.schema() != null) {
            ExpressionFormatter.identifier(sb, o.schema());
            sb.append('.');
        }
        if (o.name().equals("*")) {
            sb.append('*');
        } else {
            ExpressionFormatter.identifier(sb, o.name());
        }
    }
}
