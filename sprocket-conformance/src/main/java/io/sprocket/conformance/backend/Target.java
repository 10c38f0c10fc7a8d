package io.sprocket.conformance.backend;

import java.util.Set;

/** Something a conformance file runs against. */
public interface Target extends AutoCloseable {
    /** The target's own name: mariadb, engine or wire. */
    String name();

    /** The names onlyif/skipif/knownfail modifiers match for this target (e.g. wire, ours, mysql). */
    Set<String> names();

    /** Whether OK results carry the info string (a JDBC driver may not expose it). */
    boolean reportsInfo();

    /** Opens a connection; failures to connect are returned as a Failure by the caller. */
    TargetConnection connect(String user, String password, String database) throws TargetException;

    @Override
    void close();
}
