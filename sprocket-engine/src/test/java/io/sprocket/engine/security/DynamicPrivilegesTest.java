package io.sprocket.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamicPrivilegesTest {
    @Test
    void registeredNamesAreCaseInsensitiveAndSorted() {
        assertThat(DynamicPrivileges.isRegistered("set_user_id")).isTrue();
        assertThat(DynamicPrivileges.isRegistered(" Backup_Admin ")).isTrue();
        assertThat(DynamicPrivileges.isRegistered("SELECT")).isFalse();
        assertThat(DynamicPrivileges.isRegistered("NO_SUCH_ADMIN")).isFalse();
        assertThat(DynamicPrivileges.normalize("system_user")).isEqualTo("SYSTEM_USER");
        assertThat(DynamicPrivileges.all()).hasSize(35).startsWith("APPLICATION_PASSWORD_ADMIN")
                .contains("ROLE_ADMIN", "SYSTEM_USER", "SYSTEM_VARIABLES_ADMIN", "CONNECTION_ADMIN", "SHOW_ROUTINE")
                .endsWith("XA_RECOVER_ADMIN");
        assertThat(new java.util.ArrayList<>(DynamicPrivileges.all())).isSorted();
    }

    @Test
    void superStandsInForTheManualsCorrespondingPrivilegesOnly() {
        assertThat(DynamicPrivileges.superImplies("SET_USER_ID")).isTrue();
        assertThat(DynamicPrivileges.superImplies("system_variables_admin")).isTrue();
        assertThat(DynamicPrivileges.superImplies("ROLE_ADMIN")).isTrue();
        assertThat(DynamicPrivileges.superImplies("CONNECTION_ADMIN")).isTrue();
        assertThat(DynamicPrivileges.superImplies("SYSTEM_USER")).isFalse();
        assertThat(DynamicPrivileges.superImplies("BACKUP_ADMIN")).isFalse();
        assertThat(DynamicPrivileges.superImplies("XA_RECOVER_ADMIN")).isFalse();
    }
}
