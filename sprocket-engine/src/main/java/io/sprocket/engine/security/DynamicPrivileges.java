package io.sprocket.engine.security;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * MySQL 8.0's dynamic privileges: names, global level only, each with its own WITH GRANT OPTION flag (stored like
 * mysql.global_grants). The registered set is the one a MySQL 8.0 server without extra plugins grants to root
 * (its SHOW GRANTS output lists these 35 names); {@code GRANT ALL ON *.*} grants all of them.
 */
public final class DynamicPrivileges {
    private static final Set<String> ALL = Collections.unmodifiableSet(new TreeSet<>(List.of(
            "APPLICATION_PASSWORD_ADMIN", "AUDIT_ABORT_EXEMPT", "AUDIT_ADMIN", "AUTHENTICATION_POLICY_ADMIN",
            "BACKUP_ADMIN", "BINLOG_ADMIN", "BINLOG_ENCRYPTION_ADMIN", "CLONE_ADMIN", "CONNECTION_ADMIN",
            "ENCRYPTION_KEY_ADMIN", "FIREWALL_EXEMPT", "FLUSH_OPTIMIZER_COSTS", "FLUSH_STATUS", "FLUSH_TABLES",
            "FLUSH_USER_RESOURCES", "GROUP_REPLICATION_ADMIN", "GROUP_REPLICATION_STREAM", "INNODB_REDO_LOG_ARCHIVE",
            "INNODB_REDO_LOG_ENABLE", "PASSWORDLESS_USER_ADMIN", "PERSIST_RO_VARIABLES_ADMIN", "REPLICATION_APPLIER",
            "REPLICATION_SLAVE_ADMIN", "RESOURCE_GROUP_ADMIN", "RESOURCE_GROUP_USER", "ROLE_ADMIN",
            "SENSITIVE_VARIABLES_OBSERVER", "SERVICE_CONNECTION_ADMIN", "SESSION_VARIABLES_ADMIN", "SET_USER_ID",
            "SHOW_ROUTINE", "SYSTEM_USER", "SYSTEM_VARIABLES_ADMIN", "TABLE_ENCRYPTION_ADMIN", "XA_RECOVER_ADMIN")));

    /**
     * Dynamic privileges whose operations the deprecated SUPER still permits in MySQL 8.0: the manual's SUPER entry
     * names these as "the corresponding dynamic privilege" (VERSION_TOKEN_ADMIN is a plugin's and not registered here).
     */
    private static final Set<String> SUPER_EQUIVALENT = Set.of(
            "SYSTEM_VARIABLES_ADMIN", "SESSION_VARIABLES_ADMIN", "REPLICATION_SLAVE_ADMIN", "GROUP_REPLICATION_ADMIN",
            "BINLOG_ADMIN", "SET_USER_ID", "ENCRYPTION_KEY_ADMIN", "VERSION_TOKEN_ADMIN", "ROLE_ADMIN",
            "CONNECTION_ADMIN");

    public static final String SET_USER_ID = "SET_USER_ID";
    public static final String SYSTEM_USER = "SYSTEM_USER";
    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    public static final String SYSTEM_VARIABLES_ADMIN = "SYSTEM_VARIABLES_ADMIN";
    public static final String CONNECTION_ADMIN = "CONNECTION_ADMIN";
    public static final String SHOW_ROUTINE = "SHOW_ROUTINE";

    private DynamicPrivileges() {
    }

    /** Every registered name, sorted. */
    public static Set<String> all() {
        return ALL;
    }

    /** The stored spelling: upper case (dynamic privilege names are case-insensitive). */
    public static String normalize(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isRegistered(String name) {
        return ALL.contains(normalize(name));
    }

    /** True when holding SUPER also permits what {@code name} permits (MySQL 8.0's deprecated fallback). */
    public static boolean superImplies(String name) {
        return SUPER_EQUIVALENT.contains(normalize(name));
    }
}
