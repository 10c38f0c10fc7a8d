package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivilegeTest {
    @Test
    void lookupIgnoresCaseAndBlanks() {
        assertThat(Privilege.lookup("select")).contains(SELECT);
        assertThat(Privilege.lookup("  Create   Temporary\ttables ")).contains(CREATE_TEMPORARY_TABLES);
        assertThat(Privilege.lookup("grant option")).contains(GRANT_OPTION);
        assertThat(Privilege.lookup("PROXY")).contains(PROXY);
        assertThat(Privilege.lookup("usage")).contains(USAGE);
        assertThat(Privilege.lookup("replication slave")).contains(REPLICATION_SLAVE);
        assertThat(Privilege.lookup("BACKUP_ADMIN")).isEmpty();
        assertThat(Privilege.lookup("ALL")).isEmpty();
        assertThat(Privilege.isAllKeyword("all")).isTrue();
        assertThat(Privilege.isAllKeyword("All  Privileges")).isTrue();
        assertThat(Privilege.isAllKeyword("usage")).isFalse();
    }

    @Test
    void everyStaticPrivilegeOfTheManualTableExists() {
        // "Permissible Static Privileges for GRANT and REVOKE" (MySQL 8.0 manual, Privileges Provided by MySQL).
        for (String name : new String[]{"ALTER", "ALTER ROUTINE", "CREATE", "CREATE ROLE", "CREATE ROUTINE",
                "CREATE TABLESPACE", "CREATE TEMPORARY TABLES", "CREATE USER", "CREATE VIEW", "DELETE", "DROP",
                "DROP ROLE", "EVENT", "EXECUTE", "FILE", "GRANT OPTION", "INDEX", "INSERT", "LOCK TABLES", "PROCESS",
                "PROXY", "REFERENCES", "RELOAD", "REPLICATION CLIENT", "REPLICATION SLAVE", "SELECT", "SHOW DATABASES",
                "SHOW VIEW", "SHUTDOWN", "SUPER", "TRIGGER", "UPDATE", "USAGE"}) {
            assertThat(Privilege.lookup(name)).as(name).isPresent();
            assertThat(Privilege.lookup(name).get().sqlName()).isEqualTo(name);
        }
        assertThat(Privilege.values()).hasSize(33);
    }

    /** The bits are persisted: this pins them to the grant-table column order forever. */
    @Test
    void bitsFollowTheGrantTableColumnsAndNeverChange() {
        Privilege[] order = {SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE,
                GRANT_OPTION, REFERENCES, INDEX, ALTER, SHOW_DATABASES, SUPER, CREATE_TEMPORARY_TABLES, LOCK_TABLES,
                EXECUTE, REPLICATION_SLAVE, REPLICATION_CLIENT, CREATE_VIEW, SHOW_VIEW, CREATE_ROUTINE, ALTER_ROUTINE,
                CREATE_USER, EVENT, TRIGGER, CREATE_TABLESPACE, CREATE_ROLE, DROP_ROLE, PROXY};
        for (int i = 0; i < order.length; i++) assertThat(order[i].bit()).as(order[i].name()).isEqualTo(i);
        assertThat(USAGE.bit()).isEqualTo(-1);
        assertThat(USAGE.mask()).isZero();
        Set<Integer> bits = new HashSet<>();
        Arrays.stream(values()).filter(p -> p != USAGE).forEach(p -> assertThat(bits.add(p.bit())).isTrue());
    }

    @Test
    void levelsFollowTheManual() {
        assertThat(PrivilegeSet.permittedAt(PrivilegeLevel.COLUMN).toList())
                .containsExactly(SELECT, INSERT, UPDATE, REFERENCES);
        assertThat(PrivilegeSet.permittedAt(PrivilegeLevel.ROUTINE).toList())
                .containsExactly(GRANT_OPTION, EXECUTE, ALTER_ROUTINE);
        assertThat(PrivilegeSet.permittedAt(PrivilegeLevel.TABLE).toList()).containsExactly(SELECT, INSERT, UPDATE,
                DELETE, CREATE, DROP, GRANT_OPTION, REFERENCES, INDEX, ALTER, CREATE_VIEW, SHOW_VIEW, TRIGGER);
        assertThat(PrivilegeSet.permittedAt(PrivilegeLevel.DATABASE).toList()).containsExactly(SELECT, INSERT, UPDATE,
                DELETE, CREATE, DROP, GRANT_OPTION, REFERENCES, INDEX, ALTER, CREATE_TEMPORARY_TABLES, LOCK_TABLES,
                EXECUTE, CREATE_VIEW, SHOW_VIEW, CREATE_ROUTINE, ALTER_ROUTINE, EVENT, TRIGGER);
        assertThat(PrivilegeSet.permittedAt(PrivilegeLevel.PROXY).toList()).containsExactly(GRANT_OPTION, PROXY);
        EnumSet<Privilege> globalOnly = EnumSet.of(RELOAD, SHUTDOWN, PROCESS, FILE, SHOW_DATABASES, SUPER,
                REPLICATION_SLAVE, REPLICATION_CLIENT, CREATE_USER, CREATE_TABLESPACE, CREATE_ROLE, DROP_ROLE);
        for (Privilege p : globalOnly) assertThat(p.levels()).containsExactly(PrivilegeLevel.GLOBAL);
        assertThat(PROXY.grantableAt(PrivilegeLevel.GLOBAL)).isFalse();
        assertThat(USAGE.grantableAt(PrivilegeLevel.ROUTINE)).isTrue();
    }

    @Test
    void allAtEachLevelLeavesOutGrantOptionAndProxy() {
        // MySQL 8.0 manual, SHOW GRANTS Statement: root's global line lists every static global privilege.
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.GLOBAL).sqlList()).isEqualTo(
                "SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE, REFERENCES, INDEX, "
                        + "ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, REPLICATION SLAVE, "
                        + "REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT, "
                        + "TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE");
        for (PrivilegeLevel level : PrivilegeLevel.values()) {
            assertThat(PrivilegeSet.allAt(level).contains(GRANT_OPTION)).isFalse();
            assertThat(PrivilegeSet.allAt(level).contains(PROXY)).isFalse();
        }
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.ROUTINE).toList()).containsExactly(EXECUTE, ALTER_ROUTINE);
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.COLUMN).toList()).containsExactly(SELECT, INSERT, UPDATE, REFERENCES);
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.PROXY).isEmpty()).isTrue();
    }
}
