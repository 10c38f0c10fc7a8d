package io.sprocket.conformance.format;

import java.util.List;
import java.util.Objects;

/** What one result of a statement must be: an OK, an error, or a result set. */
public sealed interface Expectation {

    /** Warnings that SHOW WARNINGS must list after the statement, as "Level\tCode\tMessage" lines. */
    List<String> warnings();

    /**
     * An OK packet.
     *
     * @param affected affected-row count
     * @param info     the OK packet's info string ("Records: 3  Duplicates: 0  Warnings: 0"), empty when none
     */
    record Ok(long affected, String info, List<String> warnings) implements Expectation {
        public Ok {
            Objects.requireNonNull(info);
            warnings = List.copyOf(warnings);
        }

        public static final Ok PLAIN = new Ok(0, "", List.of());
    }

    /**
     * An error.
     *
     * @param code     the errno as written: a MySQL symbol (ER_NO_SUCH_TABLE) or a number
     * @param sqlState expected SQLSTATE, or null when not checked
     * @param message  expected message text, or null when not checked
     * @param regex    {@code message} is a regular expression (written with a leading '~')
     */
    record Error(String code, String sqlState, String message, boolean regex) implements Expectation {
        public Error {
            Objects.requireNonNull(code);
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }
    }

    /**
     * A result set.
     *
     * @param types    one type letter per column: I integer, N decimal, R float, T text, B binary, D temporal,
     *                 J json, ? any
     * @param sort     how rows are ordered before comparing
     * @param colnames whether the first line after "----" lists the column labels
     * @param columns  the expected column labels (empty unless {@code colnames})
     * @param rows     the expected rows, each a list of rendered values
     */
    record Rows(String types, Sort sort, boolean colnames, List<String> columns, List<List<String>> rows,
                List<String> warnings) implements Expectation {
        public Rows {
            Objects.requireNonNull(types);
            Objects.requireNonNull(sort);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            warnings = List.copyOf(warnings);
        }
    }

    /** Row ordering before comparison (sqllogictest's modes). */
    enum Sort {
        NOSORT, ROWSORT, VALUESORT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
