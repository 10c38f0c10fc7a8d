package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.sql.ast.RoutineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {
    static final AccountName U = new AccountName("u", "%");
    static final AccountName V = new AccountName("v", "localhost");
    static final AccountName R1 = new AccountName("r1", "%");
    static final AccountName R2 = new AccountName("r2", "%");

    @Test
    void globalGrantAndRevoke() {
        Grants g0 = Grants.empty();
        Grants g1 = g0.grantGlobal(U, PrivilegeSet.of(SELECT, INSERT));
        Grants g2 = g1.grantGlobal(U, PrivilegeSet.of(DELETE, GRANT_OPTION));
        assertThat(g2.account(U).global().toList()).containsExactly(SELECT, INSERT, DELETE, GRANT_OPTION);
        Grants g3 = g2.revokeGlobal(U, PrivilegeSet.of(INSERT, GRANT_OPTION));
        assertThat(g3.account(U).global().toList()).containsExactly(SELECT, DELETE);
        // snapshots are immutable
        assertThat(g0.account(U).isEmpty()).isTrue();
        assertThat(g1.account(U).global().toList()).containsExactly(SELECT, INSERT);
        assertThat(g3.version()).isEqualTo(3);
        Grants g4 = g3.revokeGlobal(U, PrivilegeSet.of(SELECT, DELETE));
        assertThat(g4.accounts()).isEmpty();
    }

    @Test
    void allAtTheGlobalLevelIncludesDynamicPrivileges() {
        Grants g = Grants.empty().grantAllGlobal(U, false).grantDynamic(U, "SET_USER_ID", true);
        AccountGrants a = g.account(U);
        assertThat(a.global()).isEqualTo(PrivilegeSet.allAt(PrivilegeLevel.GLOBAL));
        assertThat(a.dynamic().keySet()).containsExactlyElementsOf(DynamicPrivileges.all());
        assertThat(a.dynamic()).containsEntry("SET_USER_ID", true).containsEntry("ROLE_ADMIN", false);
        Grants h = g.grantGlobal(U, PrivilegeSet.of(GRANT_OPTION)).grantDatabase(U, "d", PrivilegeSet.of(SELECT))
                .revokeAllGlobal(U);
        assertThat(h.account(U).global().toList()).containsExactly(GRANT_OPTION);
        assertThat(h.account(U).dynamic()).isEmpty();
        assertThat(h.account(U).database("d").toList()).containsExactly(SELECT);
        assertThat(Grants.empty().grantAllGlobal(U, true).account(U))
                .isEqualTo(Grants.empty().withSuperuser(U).revokeProxy(U, new AccountName("", "")).account(U));
    }

    @Test
    void aChangeThatChangesNothingReturnsTheSameSnapshot() {
        Grants g = Grants.empty().grantGlobal(U, PrivilegeSet.of(SELECT));
        assertThat(g.grantGlobal(U, PrivilegeSet.of(SELECT))).isSameAs(g);
        assertThat(g.revokeDatabase(U, "d", PrivilegeSet.of(SELECT))).isSameAs(g);
        assertThat(g.revokeRole(U, R1)).isSameAs(g);
        assertThat(g.dropAccount(V)).isSameAs(g);
        assertThat(g.dropRoutineGrants("d", RoutineKind.PROCEDURE, "p")).isSameAs(g);
    }

    @Test
    void privilegesNotPermittedAtALevelAreRefused() {
        Grants g = Grants.empty();
        assertThatThrownBy(() -> g.grantDatabase(U, "d", PrivilegeSet.of(RELOAD))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantTable(U, "d", "t", PrivilegeSet.of(EXECUTE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantColumn(U, "d", "t", "c", PrivilegeSet.of(DELETE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantColumn(U, "d", "t", "c", PrivilegeSet.of(GRANT_OPTION))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantRoutine(U, "d", RoutineKind.FUNCTION, "f", PrivilegeSet.of(CREATE_ROUTINE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantGlobal(U, PrivilegeSet.of(PROXY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostsCompareCaseInsensitivelyUsersExactly() {
        Grants g = Grants.empty().grantGlobal(new AccountName("u", "LocalHost"), PrivilegeSet.of(SELECT));
        assertThat(g.account(new AccountName("u", "localhost")).global().toList()).containsExactly(SELECT);
        assertThat(g.account(new AccountName("U", "localhost")).isEmpty()).isTrue();
        assertThat(g.accounts()).containsExactly(new AccountName("u", "localhost"));
    }

    @Test
    void databaseAndTableNamesCompareExactly() {
        Grants g = Grants.empty().grantDatabase(U, "Db", PrivilegeSet.of(SELECT)).grantTable(U, "db", "T", PrivilegeSet.of(INSERT));
        assertThat(g.account(U).database("Db").toList()).containsExactly(SELECT);
        assertThat(g.account(U).database("db").isEmpty()).isTrue();
        assertThat(g.account(U).table("db", "T")).isNotNull();
        assertThat(g.account(U).table("db", "t")).isNull();
    }

    @Test
    void dynamicPrivilegesKeepTheirOwnGrantOption() {
        Grants g = Grants.empty().grantDynamic(U, "backup_admin", true).grantDynamic(U, "SET_USER_ID", false)
                .grantDynamic(U, "BACKUP_ADMIN", false);
        assertThat(g.account(U).dynamic()).containsExactly(
                java.util.Map.entry("BACKUP_ADMIN", true), java.util.Map.entry("SET_USER_ID", false));
        Grants h = g.revokeDynamicGrantOptions(U).revokeDynamic(U, "set_user_id");
        assertThat(h.account(U).dynamic()).containsExactly(java.util.Map.entry("BACKUP_ADMIN", false));
    }

    @Test
    void revokingAtTableLevelAlsoRevokesFromColumns() {
        Grants g = Grants.empty()
                .grantColumn(U, "d", "t", "A", PrivilegeSet.of(SELECT, INSERT))
                .grantColumn(U, "d", "t", "b", PrivilegeSet.of(SELECT))
                .grantTable(U, "d", "t", PrivilegeSet.of(SELECT, UPDATE));
        AccountGrants.TableGrant t = g.account(U).table("d", "t");
        assertThat(t.privileges().toList()).containsExactly(SELECT, UPDATE);
        assertThat(t.column("a").toList()).containsExactly(SELECT, INSERT);
        assertThat(t.columns().get("a").name()).isEqualTo("A");

        Grants h = g.revokeTable(U, "d", "t", PrivilegeSet.of(SELECT));
        AccountGrants.TableGrant u = h.account(U).table("d", "t");
        assertThat(u.privileges().toList()).containsExactly(UPDATE);
        assertThat(u.columns()).containsOnlyKeys("a");
        assertThat(u.column("A").toList()).containsExactly(INSERT);

        Grants i = h.revokeColumn(U, "d", "t", "a", PrivilegeSet.of(INSERT)).revokeTable(U, "d", "t", PrivilegeSet.of(UPDATE));
        assertThat(i.account(U).tables()).isEmpty();
        assertThat(i.accounts()).isEmpty();
    }

    @Test
    void routineNamesAreCaseInsensitive() {
        Grants g = Grants.empty().grantRoutine(U, "d", RoutineKind.PROCEDURE, "MyProc", PrivilegeSet.of(EXECUTE))
                .grantRoutine(U, "d", RoutineKind.PROCEDURE, "myproc", PrivilegeSet.of(ALTER_ROUTINE, GRANT_OPTION))
                .grantRoutine(U, "d", RoutineKind.FUNCTION, "myproc", PrivilegeSet.of(EXECUTE));
        AccountGrants.RoutineGrant p = g.account(U).routine("d", RoutineKind.PROCEDURE, "MYPROC");
        assertThat(p.privileges().toList()).containsExactly(GRANT_OPTION, EXECUTE, ALTER_ROUTINE);
        assertThat(g.account(U).routines()).hasSize(2);
        Grants h = g.revokeRoutine(U, "d", RoutineKind.PROCEDURE, "MYPROC", PrivilegeSet.allAt(PrivilegeLevel.ROUTINE).with(GRANT_OPTION));
        assertThat(h.account(U).routine("d", RoutineKind.PROCEDURE, "myproc")).isNull();
        assertThat(h.account(U).routine("d", RoutineKind.FUNCTION, "MyProc")).isNotNull();
    }

    @Test
    void dropRoutineGrantsRemovesThemFromEveryAccount() {
        Grants g = Grants.empty()
                .grantRoutine(U, "d", RoutineKind.PROCEDURE, "p", PrivilegeSet.of(EXECUTE))
                .grantRoutine(V, "d", RoutineKind.PROCEDURE, "P", PrivilegeSet.of(ALTER_ROUTINE))
                .grantRoutine(V, "d", RoutineKind.FUNCTION, "p", PrivilegeSet.of(EXECUTE));
        Grants h = g.dropRoutineGrants("d", RoutineKind.PROCEDURE, "P");
        assertThat(h.account(U).isEmpty()).isTrue();
        assertThat(h.account(V).routines()).hasSize(1);
        assertThat(h.account(V).routine("d", RoutineKind.FUNCTION, "p")).isNotNull();
    }

    @Test
    void tableGrantHelpers() {
        Grants g = Grants.empty().grantTable(U, "d", "t", PrivilegeSet.of(SELECT))
                .grantColumn(U, "d", "t", "c", PrivilegeSet.of(UPDATE))
                .grantTable(U, "d", "t2", PrivilegeSet.of(INSERT))
                .grantTable(V, "d", "t", PrivilegeSet.of(DELETE));
        Grants renamed = g.renameTableGrants("d", "t", "e", "t2");
        assertThat(renamed.account(U).table("d", "t")).isNull();
        assertThat(renamed.account(U).table("e", "t2").privileges().toList()).containsExactly(SELECT);
        assertThat(renamed.account(U).table("e", "t2").column("c").toList()).containsExactly(UPDATE);
        assertThat(renamed.account(U).table("d", "t2").privileges().toList()).containsExactly(INSERT);
        assertThat(renamed.account(V).table("e", "t2").privileges().toList()).containsExactly(DELETE);
        Grants merged = g.renameTableGrants("d", "t", "d", "t2");
        assertThat(merged.account(U).table("d", "t2").privileges().toList()).containsExactly(SELECT, INSERT);
        Grants dropped = g.dropTableGrants("d", "t");
        assertThat(dropped.account(U).tables()).containsOnlyKeys(new AccountGrants.TableRef("d", "t2"));
        assertThat(dropped.account(V).isEmpty()).isTrue();
    }

    @Test
    void revokeAllKeepsRolesAndProxies() {
        Grants g = Grants.empty().grantGlobal(U, PrivilegeSet.of(SELECT, GRANT_OPTION)).grantDynamic(U, "ROLE_ADMIN", true)
                .grantDatabase(U, "d", PrivilegeSet.of(INSERT)).grantTable(U, "d", "t", PrivilegeSet.of(DELETE))
                .grantColumn(U, "d", "t2", "c", PrivilegeSet.of(SELECT))
                .grantRoutine(U, "d", RoutineKind.FUNCTION, "f", PrivilegeSet.of(EXECUTE))
                .grantRole(U, R1, false).grantProxy(U, V, false).setDefaultRoles(U, List.of(R1));
        AccountGrants a = g.revokeAll(U).account(U);
        assertThat(a.global().isEmpty()).isTrue();
        assertThat(a.dynamic()).isEmpty();
        assertThat(a.databases()).isEmpty();
        assertThat(a.tables()).isEmpty();
        assertThat(a.routines()).isEmpty();
        assertThat(a.roles()).containsOnlyKeys(R1);
        assertThat(a.defaultRoles()).containsExactly(R1);
        assertThat(a.proxies()).containsOnlyKeys(V);
    }

    @Test
    void roleEdgesKeepGrantOrderAndAdminOption() {
        Grants g = Grants.empty().grantRole(U, R2, false).grantRole(U, R1, false).grantRole(U, R2, true).grantRole(U, R2, false);
        assertThat(g.account(U).roles().keySet()).containsExactly(R2, R1);
        assertThat(g.account(U).roles().get(R2).withAdminOption()).isTrue();
        assertThat(g.isGranted(U, R1)).isTrue();
        assertThat(g.granteesOf(R1)).containsExactly(U);
        Grants h = g.setDefaultRoles(U, List.of(R1, R2)).revokeRole(U, R1);
        assertThat(h.account(U).roles().keySet()).containsExactly(R2);
        assertThat(h.account(U).defaultRoles()).containsExactly(R2);
    }

    @Test
    void roleGraphsMayNotHaveCycles() {
        Grants g = Grants.empty().grantRole(R1, R2, false).grantRole(U, R1, false);
        assertThat(g.createsCycle(R2, R1)).isTrue();
        assertThat(g.createsCycle(R2, U)).isTrue();
        assertThat(g.createsCycle(V, R1)).isFalse();
        assertThatThrownBy(() -> g.grantRole(R2, U, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.grantRole(R1, R1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(g.roleClosure(List.of(U))).containsExactly(U, R1, R2);
    }

    @Test
    void droppingAnAccountRemovesItEverywhere() {
        Grants g = Grants.empty().grantGlobal(R1, PrivilegeSet.of(SELECT))
                .grantRole(U, R1, true).grantRole(U, R2, false).setDefaultRoles(U, List.of(R1, R2))
                .grantRole(V, R1, false).grantProxy(V, R1, true);
        Grants h = g.dropAccount(R1);
        assertThat(h.accounts()).containsExactlyInAnyOrder(U);
        assertThat(h.account(U).roles().keySet()).containsExactly(R2);
        assertThat(h.account(U).defaultRoles()).containsExactly(R2);
        assertThat(h.account(V).isEmpty()).isTrue();
    }

    @Test
    void renamingAnAccountRenamesEveryReference() {
        AccountName r9 = new AccountName("r9", "Example.COM");
        Grants g = Grants.empty().grantDatabase(R1, "d", PrivilegeSet.of(SELECT))
                .grantRole(U, R1, true).setDefaultRoles(U, List.of(R1)).grantProxy(V, R1, false);
        Grants h = g.renameAccount(R1, r9);
        AccountName canon = new AccountName("r9", "example.com");
        assertThat(h.account(R1).isEmpty()).isTrue();
        assertThat(h.account(canon).database("d").toList()).containsExactly(SELECT);
        assertThat(h.account(U).roles().keySet()).containsExactly(canon);
        assertThat(h.account(U).roles().get(canon).withAdminOption()).isTrue();
        assertThat(h.account(U).defaultRoles()).containsExactly(canon);
        assertThat(h.account(V).proxies()).containsOnlyKeys(canon);
        assertThatThrownBy(() -> h.renameAccount(U, canon)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void superuserHasEverythingGlobalWithGrantOption() {
        AccountName root = AccountName.ROOT;
        AccountGrants a = Grants.empty().withSuperuser(root).account(root);
        assertThat(a.global()).isEqualTo(PrivilegeSet.permittedAt(PrivilegeLevel.GLOBAL));
        assertThat(a.dynamic().keySet()).containsExactlyElementsOf(DynamicPrivileges.all());
        assertThat(a.dynamic().values()).containsOnly(true);
        assertThat(a.proxies()).containsEntry(new AccountName("", ""), true);
    }
}
