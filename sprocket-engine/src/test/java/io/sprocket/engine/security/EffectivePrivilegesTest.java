package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.sql.ast.RoutineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivePrivilegesTest {
    static final AccountName U = new AccountName("u", "%");
    static final AccountName R1 = new AccountName("r1", "%");
    static final AccountName R2 = new AccountName("r2", "%");
    static final AccountName R3 = new AccountName("r3", "%");

    @Test
    void eachLevelAddsToTheOnesAbove() {
        Grants g = Grants.empty().grantGlobal(U, PrivilegeSet.of(PROCESS))
                .grantDatabase(U, "d", PrivilegeSet.of(SELECT))
                .grantTable(U, "d", "t", PrivilegeSet.of(INSERT))
                .grantColumn(U, "d", "t", "C", PrivilegeSet.of(UPDATE))
                .grantRoutine(U, "d", RoutineKind.PROCEDURE, "p", PrivilegeSet.of(EXECUTE));
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.global().toList()).containsExactly(PROCESS);
        assertThat(e.database("d").toList()).containsExactly(SELECT, PROCESS);
        assertThat(e.database("other").toList()).containsExactly(PROCESS);
        assertThat(e.table("d", "t").toList()).containsExactly(SELECT, INSERT, PROCESS);
        assertThat(e.table("d", "u").toList()).containsExactly(SELECT, PROCESS);
        assertThat(e.column("d", "t", "c").toList()).containsExactly(SELECT, INSERT, UPDATE, PROCESS);
        assertThat(e.column("d", "t", "other").toList()).containsExactly(SELECT, INSERT, PROCESS);
        assertThat(e.anyColumn("d", "t").contains(UPDATE)).isTrue();
        assertThat(e.routine("d", RoutineKind.PROCEDURE, "P").toList()).containsExactly(SELECT, PROCESS, EXECUTE);
        assertThat(e.routine("d", RoutineKind.FUNCTION, "p").contains(EXECUTE)).isFalse();
        assertThat(e.hasGlobal(PROCESS)).isTrue();
    }

    @Test
    void grantOptionPerLevel() {
        Grants g = Grants.empty().grantDatabase(U, "d", PrivilegeSet.of(SELECT, GRANT_OPTION))
                .grantTable(U, "e", "t", PrivilegeSet.of(SELECT, GRANT_OPTION));
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.global().hasGrantOption()).isFalse();
        assertThat(e.database("d").hasGrantOption()).isTrue();
        assertThat(e.table("d", "x").hasGrantOption()).isTrue();
        assertThat(e.database("e").hasGrantOption()).isFalse();
        assertThat(e.table("e", "t").hasGrantOption()).isTrue();
    }

    @Test
    void databasePatterns() {
        Grants g = Grants.empty().grantDatabase(U, "test%", PrivilegeSet.of(SELECT))
                .grantDatabase(U, "app_db", PrivilegeSet.of(INSERT))
                .grantDatabase(U, "lit\\_x", PrivilegeSet.of(DELETE));
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.database("test").toList()).containsExactly(SELECT);
        assertThat(e.database("test_2").toList()).containsExactly(SELECT);
        assertThat(e.database("Test").isEmpty()).isTrue();
        assertThat(e.database("app_db").toList()).containsExactly(INSERT);
        assertThat(e.database("appXdb").toList()).containsExactly(INSERT); // _ matches any one character, as in MySQL
        assertThat(e.database("lit_x").toList()).containsExactly(DELETE);
        assertThat(e.database("litYx").isEmpty()).isTrue();
        assertThat(e.anyOnDatabase("test_9")).isTrue();
        assertThat(e.anyOnDatabase("nope")).isFalse();
    }

    @Test
    void likeMatching() {
        assertThat(EffectivePrivileges.like("a%c", "abbbc")).isTrue();
        assertThat(EffectivePrivileges.like("a%c", "abbb")).isFalse();
        assertThat(EffectivePrivileges.like("%", "")).isTrue();
        assertThat(EffectivePrivileges.like("a_c", "abc")).isTrue();
        assertThat(EffectivePrivileges.like("a_c", "ac")).isFalse();
        assertThat(EffectivePrivileges.like("a\\%", "a%")).isTrue();
        assertThat(EffectivePrivileges.like("a\\%", "ab")).isFalse();
        assertThat(EffectivePrivileges.like("%b%b", "abxbb")).isTrue();
        assertThat(EffectivePrivileges.like("a\\", "a\\")).isTrue();
    }

    @Test
    void onlyActiveRolesCountButTheirRolesCountTransitively() {
        Grants g = Grants.empty()
                .grantDatabase(R1, "d1", PrivilegeSet.of(SELECT))
                .grantDatabase(R2, "d2", PrivilegeSet.of(INSERT))
                .grantDatabase(R3, "d3", PrivilegeSet.of(DELETE))
                .grantRole(R1, R2, false)
                .grantRole(R2, R3, false)
                .grantRole(U, R1, false);
        EffectivePrivileges none = EffectivePrivileges.compute(g, U);
        assertThat(none.database("d1").isEmpty()).isTrue();
        assertThat(none.roles()).isEmpty();
        EffectivePrivileges active = EffectivePrivileges.compute(g, U, List.of(R1));
        assertThat(active.database("d1").toList()).containsExactly(SELECT);
        assertThat(active.database("d2").toList()).containsExactly(INSERT);
        assertThat(active.database("d3").toList()).containsExactly(DELETE);
        assertThat(active.roles()).containsExactlyInAnyOrder(R1, R2, R3);
        EffectivePrivileges onlyR2 = EffectivePrivileges.compute(g, U, List.of(R2));
        assertThat(onlyR2.database("d1").isEmpty()).isTrue();
        assertThat(onlyR2.database("d3").toList()).containsExactly(DELETE);
    }

    @Test
    void rolePrivilegesMergeAtEveryLevel() {
        Grants g = Grants.empty()
                .grantGlobal(R1, PrivilegeSet.of(RELOAD))
                .grantDynamic(R1, "BACKUP_ADMIN", false)
                .grantTable(U, "d", "t", PrivilegeSet.of(SELECT))
                .grantTable(R1, "d", "t", PrivilegeSet.of(INSERT))
                .grantColumn(R1, "d", "t", "c", PrivilegeSet.of(UPDATE))
                .grantRoutine(R1, "d", RoutineKind.FUNCTION, "f", PrivilegeSet.of(EXECUTE))
                .grantRole(U, R1, false);
        EffectivePrivileges e = EffectivePrivileges.compute(g, U, List.of(R1));
        assertThat(e.global().toList()).containsExactly(RELOAD);
        assertThat(e.hasDynamic("backup_admin")).isTrue();
        assertThat(e.table("d", "t").toList()).containsExactly(SELECT, INSERT, RELOAD);
        assertThat(e.column("d", "t", "C").toList()).containsExactly(SELECT, INSERT, UPDATE, RELOAD);
        assertThat(e.routine("d", RoutineKind.FUNCTION, "F").toList()).containsExactly(RELOAD, EXECUTE);
    }

    @Test
    void dynamicPrivilegesAndSuper() {
        Grants g = Grants.empty().grantGlobal(U, PrivilegeSet.of(SUPER)).grantDynamic(U, "BACKUP_ADMIN", true)
                .grantDynamic(U, "SYSTEM_USER", false);
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.hasDynamic("SET_USER_ID")).isTrue();
        assertThat(e.hasDynamicGranted("SET_USER_ID")).isFalse();
        assertThat(e.dynamicGrantable("SET_USER_ID")).isFalse();
        assertThat(e.hasDynamic("XA_RECOVER_ADMIN")).isFalse();
        assertThat(e.hasDynamic("backup_admin")).isTrue();
        assertThat(e.dynamicGrantable("BACKUP_ADMIN")).isTrue();
        assertThat(e.dynamicGrantable("SYSTEM_USER")).isFalse();
        assertThat(e.dynamicPrivileges()).containsOnlyKeys("BACKUP_ADMIN", "SYSTEM_USER");
        EffectivePrivileges plain = EffectivePrivileges.compute(Grants.empty().grantDynamic(U, "SET_USER_ID", false), U);
        assertThat(plain.hasDynamic("SET_USER_ID")).isTrue();
        assertThat(plain.hasDynamic("SYSTEM_VARIABLES_ADMIN")).isFalse();
    }

    @Test
    void visibility() {
        Grants g = Grants.empty()
                .grantColumn(U, "cols", "t", "c", PrivilegeSet.of(SELECT))
                .grantRoutine(U, "rt", RoutineKind.PROCEDURE, "p", PrivilegeSet.of(EXECUTE))
                .grantDatabase(U, "onlygrant", PrivilegeSet.of(GRANT_OPTION, CREATE_ROUTINE))
                .grantTable(U, "go", "t", PrivilegeSet.of(GRANT_OPTION));
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.anyOnDatabase("cols")).isTrue();
        assertThat(e.anyOnTable("cols", "t")).isTrue();
        assertThat(e.anyOnTable("cols", "t2")).isFalse();
        assertThat(e.anyOnDatabase("rt")).isTrue();
        assertThat(e.anyOnTable("rt", "t")).isFalse();
        assertThat(e.anyOnRoutine("rt", RoutineKind.PROCEDURE, "P")).isTrue();
        assertThat(e.anyOnRoutine("rt", RoutineKind.PROCEDURE, "q")).isFalse();
        assertThat(e.anyOnRoutine("onlygrant", RoutineKind.FUNCTION, "anything")).isTrue();
        assertThat(e.anyOnTable("onlygrant", "t")).isFalse();
        assertThat(e.anyOnTable("go", "t")).isFalse();
        assertThat(e.anyOnDatabase("elsewhere")).isFalse();

        EffectivePrivileges reload = EffectivePrivileges.compute(Grants.empty().grantGlobal(U, PrivilegeSet.of(RELOAD)), U);
        assertThat(reload.anyOnDatabase("d")).isFalse();
        EffectivePrivileges showDb = EffectivePrivileges.compute(Grants.empty().grantGlobal(U, PrivilegeSet.of(SHOW_DATABASES)), U);
        assertThat(showDb.anyOnDatabase("d")).isTrue();
        assertThat(showDb.anyOnTable("d", "t")).isFalse();
        EffectivePrivileges select = EffectivePrivileges.compute(Grants.empty().grantGlobal(U, PrivilegeSet.of(SELECT)), U);
        assertThat(select.anyOnDatabase("d")).isTrue();
        assertThat(select.anyOnTable("d", "t")).isTrue();
        assertThat(select.anyOnRoutine("d", RoutineKind.PROCEDURE, "p")).isFalse();
    }

    @Test
    void roleAdministration() {
        Grants g = Grants.empty().grantRole(U, R1, true).grantRole(U, R2, false).grantRole(R2, R3, true);
        EffectivePrivileges e = EffectivePrivileges.compute(g, U);
        assertThat(e.canAdminister(R1)).isTrue();
        assertThat(e.canAdminister(R2)).isFalse();
        assertThat(e.canAdminister(R3)).isFalse();
        assertThat(EffectivePrivileges.compute(g, U, List.of(R2)).canAdminister(R3)).isTrue();
        Grants admin = Grants.empty().grantDynamic(U, "ROLE_ADMIN", false);
        assertThat(EffectivePrivileges.compute(admin, U).canAdminister(R3)).isTrue();
        Grants sup = Grants.empty().grantGlobal(U, PrivilegeSet.of(SUPER));
        assertThat(EffectivePrivileges.compute(sup, U).canAdminister(R3)).isTrue();
    }

    @Test
    void proxies() {
        AccountName root = AccountName.ROOT;
        Grants g = Grants.empty().withSuperuser(root).grantProxy(U, R1, false);
        assertThat(EffectivePrivileges.compute(g, root).canProxy(U)).isFalse();
        assertThat(EffectivePrivileges.compute(g, root).canGrantProxy(U)).isTrue();
        assertThat(EffectivePrivileges.compute(g, U).canProxy(R1)).isTrue();
        assertThat(EffectivePrivileges.compute(g, U).canGrantProxy(R1)).isFalse();
        assertThat(EffectivePrivileges.compute(g, U).canProxy(R2)).isFalse();
    }

    @Test
    void remembersItsSource() {
        Grants g = Grants.empty().grantGlobal(new AccountName("u", "HOST"), PrivilegeSet.of(SELECT));
        EffectivePrivileges e = EffectivePrivileges.compute(g, new AccountName("u", "Host"));
        assertThat(e.version()).isEqualTo(g.version());
        assertThat(e.account()).isEqualTo(new AccountName("u", "host"));
        assertThat(e.global().toList()).containsExactly(SELECT);
    }
}
