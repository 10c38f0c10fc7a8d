package io.sprocket.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegeRowsTest {
    @Test
    void staticRowsAsMySql80PrintsThem() {
        // MySQL 8.0 manual, SHOW PRIVILEGES Statement: the first rows of its example.
        List<PrivilegeRows.Row> rows = PrivilegeRows.rows();
        assertThat(rows.get(0)).isEqualTo(new PrivilegeRows.Row("Alter", "Tables", "To alter the table"));
        assertThat(rows.get(1)).isEqualTo(new PrivilegeRows.Row("Alter routine", "Functions,Procedures",
                "To alter or drop stored functions/procedures"));
        assertThat(rows.get(2)).isEqualTo(new PrivilegeRows.Row("Create", "Databases,Tables,Indexes",
                "To create new databases and tables"));
        assertThat(rows.get(3)).isEqualTo(new PrivilegeRows.Row("Create routine", "Databases",
                "To use CREATE FUNCTION/PROCEDURE"));
        assertThat(PrivilegeRows.staticRows()).hasSize(33);
        assertThat(PrivilegeRows.staticRows().get(32).privilege()).isEqualTo("Usage");
        assertThat(PrivilegeRows.COLUMNS).containsExactly("Privilege", "Context", "Comment");
    }

    @Test
    void everyStaticPrivilegeHasExactlyOneRowAndDynamicOnesFollow() {
        for (Privilege p : Privilege.values()) {
            assertThat(PrivilegeRows.staticRows()).filteredOn(r -> r.privilege().equalsIgnoreCase(p.sqlName()))
                    .as(p.sqlName()).hasSize(1);
        }
        List<PrivilegeRows.Row> dynamic = PrivilegeRows.rows().subList(33, PrivilegeRows.rows().size());
        assertThat(dynamic).hasSize(DynamicPrivileges.all().size());
        assertThat(dynamic).allSatisfy(r -> {
            assertThat(r.context()).isEqualTo("Server Admin");
            assertThat(r.comment()).isEmpty();
            assertThat(DynamicPrivileges.isRegistered(r.privilege())).isTrue();
        });
    }
}
