package io.sprocket.conformance.format;

import java.util.List;
import java.util.Objects;

/** One record of a {@code .test} file. {@code line} is the 1-based line of its header, for reports. */
public sealed interface TestRecord {
    int line();

    /** {@code statement ok}, {@code statement error ...} or {@code query ...}: one SQL text, one result. */
    record Sql(int line, String sql, Expectation expectation) implements TestRecord {
        public Sql {
            Objects.requireNonNull(sql);
            Objects.requireNonNull(expectation);
        }
    }

    /** {@code multi}: one SQL text producing several results (CALL, multi-statements), in order. */
    record Multi(int line, String sql, List<Expectation> results) implements TestRecord {
        public Multi {
            Objects.requireNonNull(sql);
            results = List.copyOf(results);
        }
    }

    /**
     * {@code connect NAME user=U password=P db=D [error=CODE]}: opens a named connection and makes it current; with
     * {@code error}, the login must fail with that error (symbol or number) and the current connection stays.
     */
    record Connect(int line, String name, String user, String password, String database, String error)
            implements TestRecord {
        public Connect(int line, String name, String user, String password, String database) {
            this(line, name, user, password, database, null);
        }

        public Connect {
            Objects.requireNonNull(name);
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }
    }

    /** {@code connection NAME}: makes a named connection current ("default" is the first one). */
    record Switch(int line, String name) implements TestRecord {
        public Switch {
            Objects.requireNonNull(name);
        }
    }

    /** {@code disconnect NAME}. */
    record Disconnect(int line, String name) implements TestRecord {
        public Disconnect {
            Objects.requireNonNull(name);
        }
    }
}
