package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which privileges a checked SET needs, as data for the access checker (this package decides nothing about
 * who holds what). MySQL 8.0 ("System Variable Privileges"): SET GLOBAL and SET PERSIST need SUPER or
 * SYSTEM_VARIABLES_ADMIN; SET PERSIST_ONLY of a read-only variable needs SYSTEM_VARIABLES_ADMIN and
 * PERSIST_RO_VARIABLES_ADMIN; a few session variables are restricted to SUPER, SYSTEM_VARIABLES_ADMIN or
 * SESSION_VARIABLES_ADMIN; other session assignments need nothing.
 */
public final class VariablePrivileges {
    private VariablePrivileges() {}

    /**
     * A requirement: {@code allRequired} false means any one of {@code privileges} suffices.
     * {@link #denied()} is the error the checker raises when it is not met.
     */
    public record Requirement(List<String> privileges, boolean allRequired) {
        public Requirement {
            privileges = List.copyOf(privileges);
        }

        /** ER_SPECIFIC_ACCESS_DENIED_ERROR (1227), or for PERSIST_ONLY ER_PERSIST_ONLY_ACCESS_DENIED_ERROR. */
        public SqlException denied() {
            if (allRequired) {
                String text = String.join(" and ", privileges);
                return new SqlException(ErrorCode.ER_PERSIST_ONLY_ACCESS_DENIED_ERROR, text);
            }
            String last = privileges.getLast();
            String text = privileges.size() == 1 ? last
                    : String.join(", ", privileges.subList(0, privileges.size() - 1)) + " or " + last;
            return new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, text);
        }
    }

    static final Requirement GLOBAL = new Requirement(List.of("SUPER", "SYSTEM_VARIABLES_ADMIN"), false);
    static final Requirement RESTRICTED_SESSION =
            new Requirement(List.of("SUPER", "SYSTEM_VARIABLES_ADMIN", "SESSION_VARIABLES_ADMIN"), false);
    static final Requirement PERSIST_READ_ONLY =
            new Requirement(List.of("SYSTEM_VARIABLES_ADMIN", "PERSIST_RO_VARIABLES_ADMIN"), true);

    /** Session variables whose session value only privileged accounts may set (replication and logging). */
    private static final Set<String> RESTRICTED = Set.of("binlog_format", "binlog_row_image",
            "binlog_rows_query_log_events", "default_collation_for_utf8mb4", "default_table_encryption",
            "explicit_defaults_for_timestamp", "histogram_generation_max_mem_size", "pseudo_thread_id",
            "sql_generate_invisible_primary_key", "sql_log_bin", "sql_log_off", "sql_require_primary_key",
            "transaction_write_set_extraction", "xa_detach_on_prepare");

    /** What the assignment needs, or empty when any account may make it. */
    public static Optional<Requirement> required(Assignment assignment) {
        SystemVariable variable = assignment.variable();
        return switch (assignment.scope()) {
            case GLOBAL, PERSIST -> Optional.of(GLOBAL);
            case PERSIST_ONLY -> Optional.of(variable.readOnly() ? PERSIST_READ_ONLY : GLOBAL);
            case NONE, SESSION -> RESTRICTED.contains(variable.name())
                    ? Optional.of(RESTRICTED_SESSION) : Optional.empty();
        };
    }
}
