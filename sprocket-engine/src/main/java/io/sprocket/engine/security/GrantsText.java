package io.sprocket.engine.security;

import io.sprocket.sql.ast.RoutineKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * SHOW GRANTS output in MySQL 8.0's format (manual, "SHOW GRANTS Statement"), one GRANT statement per row:
 * <ol>
 *   <li>static global privileges, or {@code GRANT USAGE ON *.* TO `u`@`h`} when there are none (never collapsed to
 *       ALL PRIVILEGES at this level), with {@code WITH GRANT OPTION} when held;</li>
 *   <li>dynamic privileges held without GRANT OPTION, then those held with it (that line ending in WITH GRANT
 *       OPTION), each line listing names sorted and separated by a bare comma:
 *       {@code GRANT BACKUP_ADMIN,SET_USER_ID ON *.* TO ...};</li>
 *   <li>database lines: names without wildcards sorted, then the LIKE patterns (names with %, _ or \) sorted:
 *       {@code GRANT SELECT, INSERT ON `db`.* TO ...} (ALL PRIVILEGES when everything a database grant can give is
 *       held);</li>
 *   <li>table lines, by database and table, column privileges inside: {@code GRANT SELECT (`a`, `b`), INSERT ON
 *       `db`.`t` TO ...}; a privilege held both on the table and on columns appears twice ({@code SELECT, SELECT
 *       (`a`)});</li>
 *   <li>routine lines, procedures then functions: {@code GRANT EXECUTE, ALTER ROUTINE ON PROCEDURE `db`.`p` TO ...};</li>
 *   <li>proxy lines: {@code GRANT PROXY ON ``@`` TO ... WITH GRANT OPTION};</li>
 *   <li>the granted roles in grant order, comma-separated without blanks: {@code GRANT `r1`@`%`,`r2`@`%` TO ...},
 *       then the roles held WITH ADMIN OPTION on a line of their own ending in {@code WITH ADMIN OPTION}.</li>
 * </ol>
 * Names are backquoted (a backquote doubled); passwords never appear.
 */
public final class GrantsText {
    private GrantsText() {
    }

    /** The result column name: "Grants for user@host". */
    public static String columnName(AccountName account) {
        return "Grants for " + account.user() + "@" + account.host();
    }

    /** SHOW GRANTS FOR account. */
    public static List<String> showGrants(Grants grants, AccountName account) {
        return lines(Grants.canonical(account), grants.account(account));
    }

    /**
     * SHOW GRANTS FOR account USING role, ...: the privileges of the account merged with those of the named roles
     * and of the roles granted to them; the role lines stay the account's own. Checking that each role is granted
     * to the account is the caller's work.
     */
    public static List<String> showGrants(Grants grants, AccountName account, Collection<AccountName> using) {
        AccountGrants merged = grants.account(account);
        for (AccountName r : grants.roleClosure(using)) {
            if (!r.equals(Grants.canonical(account))) merged = merged.unionPrivileges(grants.account(r));
        }
        return lines(Grants.canonical(account), merged);
    }

    /** `name` with backquotes doubled. */
    public static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** `user`@`host`. */
    public static String quote(AccountName a) {
        return quote(a.user()) + "@" + quote(a.host());
    }

    private static List<String> lines(AccountName account, AccountGrants g) {
        String to = " TO " + quote(account);
        List<String> out = new ArrayList<>();
        out.add("GRANT " + g.global().showGrantsList(PrivilegeLevel.GLOBAL) + " ON *.*" + to + grantOption(g.global()));

        StringJoiner withGrant = new StringJoiner(",");
        StringJoiner withoutGrant = new StringJoiner(",");
        g.dynamic().forEach((name, grantable) -> (grantable ? withGrant : withoutGrant).add(name));
        if (withoutGrant.length() > 0) out.add("GRANT " + withoutGrant + " ON *.*" + to);
        if (withGrant.length() > 0) out.add("GRANT " + withGrant + " ON *.*" + to + " WITH GRANT OPTION");

        for (boolean patterns : new boolean[]{false, true}) {
            g.databases().forEach((db, p) -> {
                if (EffectivePrivileges.isPattern(db) != patterns) return;
                out.add("GRANT " + p.showGrantsList(PrivilegeLevel.DATABASE) + " ON " + quote(db) + ".*" + to
                        + grantOption(p));
            });
        }

        g.tables().forEach((ref, t) -> out.add("GRANT " + tablePrivileges(t) + " ON " + quote(ref.db()) + "."
                + quote(ref.table()) + to + grantOption(t.privileges())));

        g.routines().forEach((ref, r) -> out.add("GRANT " + r.privileges().showGrantsList(PrivilegeLevel.ROUTINE)
                + " ON " + (ref.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ") + quote(ref.db()) + "."
                + quote(r.name()) + to + grantOption(r.privileges())));

        g.proxies().forEach((proxied, grantable) ->
                out.add("GRANT PROXY ON " + quote(proxied) + to + (grantable ? " WITH GRANT OPTION" : "")));

        StringJoiner plain = new StringJoiner(",");
        StringJoiner admin = new StringJoiner(",");
        for (AccountGrants.RoleGrant e : g.roles().values()) (e.withAdminOption() ? admin : plain).add(quote(e.role()));
        if (plain.length() > 0) out.add("GRANT " + plain + to);
        if (admin.length() > 0) out.add("GRANT " + admin + to + " WITH ADMIN OPTION");
        return out;
    }

    private static String grantOption(PrivilegeSet p) {
        return p.hasGrantOption() ? " WITH GRANT OPTION" : "";
    }

    /** The privilege list of a table line, with each privilege's column list after it. */
    private static String tablePrivileges(AccountGrants.TableGrant t) {
        PrivilegeSet table = t.privileges();
        if (table.isAllAt(PrivilegeLevel.TABLE)) return "ALL PRIVILEGES";
        PrivilegeSet shown = table.union(t.anyColumn()).withoutGrantOption();
        if (shown.isEmpty()) return "USAGE";
        StringJoiner out = new StringJoiner(", ");
        for (Privilege p : shown) {
            if (table.contains(p)) out.add(p.sqlName());
            StringJoiner cols = new StringJoiner(", ", " (", ")");
            cols.setEmptyValue("");
            t.columns().values().stream()
                    .filter(c -> c.privileges().contains(p))
                    .map(c -> c.name())
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .forEach(n -> cols.add(quote(n)));
            if (cols.length() > 0) out.add(p.sqlName() + cols);
        }
        return out.toString();
    }
}
