package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivilegeSetTest {
    @Test
    void setOperations() {
        PrivilegeSet a = PrivilegeSet.of(SELECT, INSERT);
        PrivilegeSet b = PrivilegeSet.of(INSERT, DELETE);
        assertThat(a.union(b).toList()).containsExactly(SELECT, INSERT, DELETE);
        assertThat(a.minus(b).toList()).containsExactly(SELECT);
        assertThat(a.intersect(b).toList()).containsExactly(INSERT);
        assertThat(a.contains(SELECT)).isTrue();
        assertThat(a.contains(DELETE)).isFalse();
        assertThat(a.contains(USAGE)).isTrue();
        assertThat(a.containsAll(PrivilegeSet.of(SELECT))).isTrue();
        assertThat(a.containsAny(PrivilegeSet.of(DELETE, INSERT))).isTrue();
        assertThat(a.with(GRANT_OPTION).hasGrantOption()).isTrue();
        assertThat(a.with(GRANT_OPTION).withoutGrantOption()).isEqualTo(a);
        assertThat(PrivilegeSet.EMPTY.isEmpty()).isTrue();
        assertThat(PrivilegeSet.of(USAGE)).isEqualTo(PrivilegeSet.EMPTY);
        assertThat(a.size()).isEqualTo(2);
    }

    @Test
    void iterationIsCanonicalWhateverTheInsertionOrder() {
        PrivilegeSet s = PrivilegeSet.of(DROP_ROLE, TRIGGER, EXECUTE, SELECT, ALTER_ROUTINE, GRANT_OPTION);
        assertThat(s.toList()).containsExactly(SELECT, GRANT_OPTION, EXECUTE, ALTER_ROUTINE, TRIGGER, DROP_ROLE);
        assertThat(s.sqlList()).isEqualTo("SELECT, EXECUTE, ALTER ROUTINE, TRIGGER, DROP ROLE");
    }

    @Test
    void permittedAtLevel() {
        assertThat(PrivilegeSet.of(SELECT, UPDATE).isPermittedAt(PrivilegeLevel.COLUMN)).isTrue();
        assertThat(PrivilegeSet.of(SELECT, DELETE).isPermittedAt(PrivilegeLevel.COLUMN)).isFalse();
        assertThat(PrivilegeSet.of(EXECUTE).isPermittedAt(PrivilegeLevel.TABLE)).isFalse();
        assertThat(PrivilegeSet.of(RELOAD).isPermittedAt(PrivilegeLevel.DATABASE)).isFalse();
        assertThat(PrivilegeSet.of(CREATE_ROUTINE).isPermittedAt(PrivilegeLevel.ROUTINE)).isFalse();
    }

    @Test
    void showGrantsListCollapsesOnlyBelowTheGlobalLevel() {
        PrivilegeSet db = PrivilegeSet.allAt(PrivilegeLevel.DATABASE);
        assertThat(db.showGrantsList(PrivilegeLevel.DATABASE)).isEqualTo("ALL PRIVILEGES");
        assertThat(db.with(GRANT_OPTION).showGrantsList(PrivilegeLevel.DATABASE)).isEqualTo("ALL PRIVILEGES");
        assertThat(db.without(EVENT).showGrantsList(PrivilegeLevel.DATABASE)).doesNotContain("ALL");
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.TABLE).showGrantsList(PrivilegeLevel.TABLE)).isEqualTo("ALL PRIVILEGES");
        PrivilegeSet global = PrivilegeSet.allAt(PrivilegeLevel.GLOBAL);
        assertThat(global.showGrantsList(PrivilegeLevel.GLOBAL)).startsWith("SELECT, INSERT").endsWith("DROP ROLE");
        assertThat(PrivilegeSet.allAt(PrivilegeLevel.ROUTINE).showGrantsList(PrivilegeLevel.ROUTINE))
                .isEqualTo("EXECUTE, ALTER ROUTINE");
        assertThat(PrivilegeSet.EMPTY.showGrantsList(PrivilegeLevel.GLOBAL)).isEqualTo("USAGE");
        assertThat(PrivilegeSet.of(GRANT_OPTION).showGrantsList(PrivilegeLevel.TABLE)).isEqualTo("USAGE");
        assertThat(PrivilegeSet.of(UPDATE, SELECT).showGrantsList(PrivilegeLevel.DATABASE)).isEqualTo("SELECT, UPDATE");
    }
}
