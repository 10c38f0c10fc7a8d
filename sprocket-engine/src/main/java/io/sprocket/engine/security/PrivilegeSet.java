package io.sprocket.engine.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An immutable set of static privileges as a bitmask ({@link Privilege#bit()}). Iteration and {@link #sqlList()}
 * follow MySQL 8.0's canonical order, the grant-table column order: SELECT, INSERT, UPDATE, DELETE, CREATE, DROP,
 * RELOAD, SHUTDOWN, PROCESS, FILE, REFERENCES, INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK
 * TABLES, EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE,
 * CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE.
 */
public record PrivilegeSet(long bits) implements Iterable<Privilege> {
    public static final PrivilegeSet EMPTY = new PrivilegeSet(0);

    private static final Map<PrivilegeLevel, PrivilegeSet> PERMITTED = new EnumMap<>(PrivilegeLevel.class);
    private static final Map<PrivilegeLevel, PrivilegeSet> ALL = new EnumMap<>(PrivilegeLevel.class);

    static {
        for (PrivilegeLevel level : PrivilegeLevel.values()) {
            long permitted = 0;
            for (Privilege p : Privilege.values()) if (p.grantableAt(level)) permitted |= p.mask();
            PERMITTED.put(level, new PrivilegeSet(permitted));
            long all = permitted & ~Privilege.GRANT_OPTION.mask() & ~Privilege.PROXY.mask();
            ALL.put(level, new PrivilegeSet(all));
        }
    }

    public static PrivilegeSet of(Privilege... privileges) {
        long b = 0;
        for (Privilege p : privileges) b |= p.mask();
        return new PrivilegeSet(b);
    }

    public static PrivilegeSet of(Collection<Privilege> privileges) {
        long b = 0;
        for (Privilege p : privileges) b |= p.mask();
        return new PrivilegeSet(b);
    }

    /**
     * What {@code ALL [PRIVILEGES]} means at {@code level}: every privilege permitted there except GRANT OPTION and
     * PROXY. At the global level MySQL 8.0 adds every registered dynamic privilege ({@link DynamicPrivileges#all()}).
     */
    public static PrivilegeSet allAt(PrivilegeLevel level) {
        return ALL.get(level);
    }

    /** Every privilege GRANT accepts at {@code level}, GRANT OPTION included. */
    public static PrivilegeSet permittedAt(PrivilegeLevel level) {
        return PERMITTED.get(level);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public int size() {
        return Long.bitCount(bits);
    }

    public boolean contains(Privilege p) {
        return p == Privilege.USAGE || (bits & p.mask()) != 0;
    }

    public boolean containsAll(PrivilegeSet other) {
        return (bits & other.bits) == other.bits;
    }

    public boolean containsAny(PrivilegeSet other) {
        return (bits & other.bits) != 0;
    }

    public PrivilegeSet union(PrivilegeSet other) {
        return other.bits == 0 ? this : new PrivilegeSet(bits | other.bits);
    }

    public PrivilegeSet minus(PrivilegeSet other) {
        return (bits & other.bits) == 0 ? this : new PrivilegeSet(bits & ~other.bits);
    }

    public PrivilegeSet intersect(PrivilegeSet other) {
        return new PrivilegeSet(bits & other.bits);
    }

    public PrivilegeSet with(Privilege p) {
        return new PrivilegeSet(bits | p.mask());
    }

    public PrivilegeSet without(Privilege p) {
        return new PrivilegeSet(bits & ~p.mask());
    }

    public boolean hasGrantOption() {
        return contains(Privilege.GRANT_OPTION);
    }

    public PrivilegeSet withoutGrantOption() {
        return without(Privilege.GRANT_OPTION);
    }

    /** True when every privilege of the set may be granted at {@code level}. */
    public boolean isPermittedAt(PrivilegeLevel level) {
        return permittedAt(level).containsAll(this);
    }

    /** True when the set holds everything {@code ALL} grants at {@code level}. */
    public boolean isAllAt(PrivilegeLevel level) {
        return containsAll(allAt(level));
    }

    /** The privileges in canonical order. */
    public List<Privilege> toList() {
        List<Privilege> out = new ArrayList<>(size());
        for (Privilege p : this) out.add(p);
        return out;
    }

    @Override
    public Iterator<Privilege> iterator() {
        return new Iterator<>() {
            long rest = bits;

            @Override
            public boolean hasNext() {
                return rest != 0;
            }

            @Override
            public Privilege next() {
                if (rest == 0) throw new java.util.NoSuchElementException();
                int bit = Long.numberOfTrailingZeros(rest);
                rest &= rest - 1;
                return Privilege.ofBit(bit);
            }
        };
    }

    /** "SELECT, INSERT, UPDATE" in canonical order, GRANT OPTION left out (SHOW GRANTS prints it as a suffix). */
    public String sqlList() {
        StringJoiner j = new StringJoiner(", ");
        for (Privilege p : this) if (p != Privilege.GRANT_OPTION) j.add(p.sqlName());
        return j.toString();
    }

    /**
     * The privilege list of a SHOW GRANTS line at {@code level}: "USAGE" when nothing but (possibly) GRANT OPTION is
     * held; "ALL PRIVILEGES" when everything ALL grants at a database or table level is held; otherwise
     * {@link #sqlList()}. MySQL 8.0 never collapses the global line (its meaning depends on the registered dynamic
     * privileges), and routine lines list EXECUTE, ALTER ROUTINE.
     */
    public String showGrantsList(PrivilegeLevel level) {
        PrivilegeSet shown = withoutGrantOption();
        if (shown.isEmpty()) return "USAGE";
        if ((level == PrivilegeLevel.DATABASE || level == PrivilegeLevel.TABLE) && isAllAt(level)) return "ALL PRIVILEGES";
        return sqlList();
    }

    @Override
    public String toString() {
        return isEmpty() ? "USAGE" : (hasGrantOption() ? sqlList() + " +GRANT OPTION" : sqlList());
    }
}
