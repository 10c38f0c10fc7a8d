package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.EffectivePrivileges;
import io.sprocket.engine.security.Grants;
import io.sprocket.engine.security.SecurityContext;
import java.util.Set;

/**
 * The one place a session's identity changes (MySQL 8.0 Reference Manual, 27.6 Stored Object Access Control).
 * A stored object runs in definer context or invoker context:
 * <ul>
 *   <li>definer context (routines and views with SQL SECURITY DEFINER, and every trigger and event): only the
 *       definer's privileges count; CURRENT_USER() is the definer, USER() stays the login; the definer's default
 *       roles are active (all granted roles when activate_all_roles_on_login is ON). A definer that no longer
 *       exists is 1449 when the object runs;</li>
 *   <li>invoker context (SQL SECURITY INVOKER): whatever context is current goes on, so an invoker routine called
 *       from a definer routine runs as that definer.</li>
 * </ul>
 * {@link #enter} switches and returns the frame that {@link #leave} restores, on every path (use try/finally).
 * Each session keeps the chain of stored objects it is inside, for the opt-in single-security-group rule of
 * {@code sp_same_security_group} (1384, see docs/security.md).
 */
public final class Invoker {
    private Invoker() {
    }

    /** What kind of stored object is entered; the names appear in messages. */
    public enum ObjectType { PROCEDURE, FUNCTION, VIEW, TRIGGER, EVENT }

    /**
     * A stored object about to run.
     *
     * @param invokerSecurity true for SQL SECURITY INVOKER (routines and views only; triggers and events never)
     */
    public record StoredObject(ObjectType type, String schema, String name, AccountName definer, boolean invokerSecurity) {
        public StoredObject {
            definer = Grants.canonical(definer); // host names compare without regard to case
        }

        /** Same DEFINER and same SQL SECURITY: one security group, in the sense of the 1384 rule. */
        boolean sameGroup(StoredObject other) {
            return invokerSecurity == other.invokerSecurity && definer.equals(other.definer);
        }
    }

    /** The state {@link #enter} replaced. */
    public static final class Frame {
        private final SecurityContext security;
        private final Set<AccountName> activeRoles;
        private final EffectivePrivileges privileges;
        private final Frame outer;
        private final StoredObject object;

        private Frame(SecurityContext security, Set<AccountName> activeRoles, EffectivePrivileges privileges,
                      Frame outer, StoredObject object) {
            this.security = security;
            this.activeRoles = activeRoles;
            this.privileges = privileges;
            this.outer = outer;
            this.object = object;
        }

        /** The first object of the chain this frame belongs to. */
        StoredObject first() {
            Frame f = this;
            while (f.outer != null) f = f.outer;
            return f.object;
        }
    }

    /**
     * Enters {@code object}'s security context: checks the 1384 rule when it is on, then, for definer context,
     * that the definer exists (1449) and switches to it. Returns the frame to hand to {@link #leave}.
     */
    public static Frame enter(SessionImpl s, StoredObject object) {
        Frame outer = s.invokerChain;
        if (outer != null && s.variables.sameSecurityGroup() && !object.sameGroup(outer.first())) {
            throw new SqlException(ErrorCode.ER_DIFF_GROUPS_PROC);
        }
        Frame frame = new Frame(s.security, s.activeRolesField(), s.privilegesField(), outer, object);
        if (!object.invokerSecurity()) {
            AccountName definer = object.definer();
            var accounts = s.engine.accountNames();
            if (accounts != s.knownAccounts || !definer.equals(s.knownDefiner)) {
                if (!accounts.contains(definer)) {
                    throw new SqlException(ErrorCode.ER_NO_SUCH_USER, definer.user(), definer.host());
                }
                s.knownAccounts = accounts;  // the last definer found, for as long as the accounts stay as they are
                s.knownDefiner = definer;
            }
            s.switchTo(definer);
        }
        s.invokerChain = frame;
        return frame;
    }

    /** Restores what {@link #enter} replaced. */
    public static void leave(SessionImpl s, Frame frame) {
        s.invokerChain = frame.outer;
        s.restoreContext(frame.security, frame.activeRoles, frame.privileges);
    }

    /** Runs {@code body} inside {@code object}'s context. */
    public static <T> T run(SessionImpl s, StoredObject object, java.util.function.Supplier<T> body) {
        Frame f = enter(s, object);
        try {
            return body.get();
        } finally {
            leave(s, f);
        }
    }
}
