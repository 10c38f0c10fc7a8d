package io.sprocket.engine.security;

import static io.sprocket.engine.security.PrivilegeLevel.COLUMN;
import static io.sprocket.engine.security.PrivilegeLevel.DATABASE;
import static io.sprocket.engine.security.PrivilegeLevel.GLOBAL;
import static io.sprocket.engine.security.PrivilegeLevel.ROUTINE;
import static io.sprocket.engine.security.PrivilegeLevel.TABLE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL 8.0's static privileges. The constants are declared in the order of the privilege columns of the grant tables
 * (Select_priv, Insert_priv, ... Drop_role_priv), which is also the order SHOW GRANTS lists them in, e.g.
 * {@code GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, ...}. {@link #bit()} is the position in
 * a {@link PrivilegeSet}; it is persisted by {@link GrantStore}, so a constant's bit must never change.
 *
 * <p>PROXY is granted with its own statement form ({@code GRANT PROXY ON user TO user}) and is never part of
 * {@code ALL}. USAGE means "no privileges" and has no bit. Dynamic privileges (BACKUP_ADMIN, ...) are names, see
 * {@link DynamicPrivileges}.
 */
public enum Privilege {
    SELECT("SELECT", 0, GLOBAL, DATABASE, TABLE, COLUMN),
    INSERT("INSERT", 1, GLOBAL, DATABASE, TABLE, COLUMN),
    UPDATE("UPDATE", 2, GLOBAL, DATABASE, TABLE, COLUMN),
    DELETE("DELETE", 3, GLOBAL, DATABASE, TABLE),
    CREATE("CREATE", 4, GLOBAL, DATABASE, TABLE),
    DROP("DROP", 5, GLOBAL, DATABASE, TABLE),
    RELOAD("RELOAD", 6, GLOBAL),
    SHUTDOWN("SHUTDOWN", 7, GLOBAL),
    PROCESS("PROCESS", 8, GLOBAL),
    FILE("FILE", 9, GLOBAL),
    GRANT_OPTION("GRANT OPTION", 10, GLOBAL, DATABASE, TABLE, ROUTINE, PrivilegeLevel.PROXY),
    REFERENCES("REFERENCES", 11, GLOBAL, DATABASE, TABLE, COLUMN),
    INDEX("INDEX", 12, GLOBAL, DATABASE, TABLE),
    ALTER("ALTER", 13, GLOBAL, DATABASE, TABLE),
    SHOW_DATABASES("SHOW DATABASES", 14, GLOBAL),
    SUPER("SUPER", 15, GLOBAL),
    CREATE_TEMPORARY_TABLES("CREATE TEMPORARY TABLES", 16, GLOBAL, DATABASE),
    LOCK_TABLES("LOCK TABLES", 17, GLOBAL, DATABASE),
    EXECUTE("EXECUTE", 18, GLOBAL, DATABASE, ROUTINE),
    REPLICATION_SLAVE("REPLICATION SLAVE", 19, GLOBAL),
    REPLICATION_CLIENT("REPLICATION CLIENT", 20, GLOBAL),
    CREATE_VIEW("CREATE VIEW", 21, GLOBAL, DATABASE, TABLE),
    SHOW_VIEW("SHOW VIEW", 22, GLOBAL, DATABASE, TABLE),
    CREATE_ROUTINE("CREATE ROUTINE", 23, GLOBAL, DATABASE),
    ALTER_ROUTINE("ALTER ROUTINE", 24, GLOBAL, DATABASE, ROUTINE),
    CREATE_USER("CREATE USER", 25, GLOBAL),
    EVENT("EVENT", 26, GLOBAL, DATABASE),
    TRIGGER("TRIGGER", 27, GLOBAL, DATABASE, TABLE),
    CREATE_TABLESPACE("CREATE TABLESPACE", 28, GLOBAL),
    CREATE_ROLE("CREATE ROLE", 29, GLOBAL),
    DROP_ROLE("DROP ROLE", 30, GLOBAL),
    PROXY("PROXY", 31, PrivilegeLevel.PROXY),
    /** "No privileges": accepted at every level, holds no bit. */
    USAGE("USAGE", -1, GLOBAL, DATABASE, TABLE, COLUMN, ROUTINE);

    private static final Map<String, Privilege> BY_NAME = new HashMap<>();

    static {
        for (Privilege p : values()) BY_NAME.put(p.sqlName, p);
    }

    private final String sqlName;
    private final int bit;
    private final Set<PrivilegeLevel> levels;

    Privilege(String sqlName, int bit, PrivilegeLevel first, PrivilegeLevel... rest) {
        this.sqlName = sqlName;
        this.bit = bit;
        this.levels = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The name as GRANT, REVOKE and SHOW GRANTS spell it: "CREATE TEMPORARY TABLES". */
    public String sqlName() {
        return sqlName;
    }

    /** Position in a {@link PrivilegeSet}; -1 for USAGE. Persisted: never renumber. */
    public int bit() {
        return bit;
    }

    /** The bit as a mask; 0 for USAGE. */
    public long mask() {
        return bit < 0 ? 0L : 1L << bit;
    }

    /** The levels where GRANT and REVOKE accept this privilege. */
    public Set<PrivilegeLevel> levels() {
        return levels;
    }

    public boolean grantableAt(PrivilegeLevel level) {
        return levels.contains(level);
    }

    /**
     * The static privilege named {@code name}, ignoring case and runs of blanks ("create  temporary tables");
     * empty for ALL / ALL PRIVILEGES (see {@link PrivilegeSet#allAt}) and for dynamic privileges.
     */
    public static Optional<Privilege> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(normalize(name)));
    }

    /** True for the ALL and ALL PRIVILEGES shorthands. */
    public static boolean isAllKeyword(String name) {
        String n = normalize(name);
        return n.equals("ALL") || n.equals("ALL PRIVILEGES");
    }

    private static String normalize(String name) {
        return name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The constant with {@code bit}, or null. */
    static Privilege ofBit(int bit) {
        return bit >= 0 && bit < BITS.length ? BITS[bit] : null;
    }

    private static final Privilege[] BITS = new Privilege[32];

    static {
        for (Privilege p : values()) if (p.bit >= 0) BITS[p.bit] = p;
    }
}
