package io.sprocket.conformance.backend;

import java.util.List;
import java.util.Objects;

/** One result a target actually produced, with values already rendered as text (see ValueText). */
public sealed interface Actual {

    /** SHOW WARNINGS rows after the statement ("Level\tCode\tMessage"), attached to its last result. */
    List<String> warnings();

    Actual withWarnings(List<String> warnings);

    /** An OK. {@code info} is null when the target's driver cannot report the info string. */
    record Ok(long affected, String info, List<String> warnings) implements Actual {
        public Ok {
            warnings = List.copyOf(warnings);
        }

        @Override
        public Actual withWarnings(List<String> replacement) {
            return new Ok(affected, info, replacement);
        }
    }

    /** An error from the server, or a harness problem reported as errno 0 (e.g. "target unavailable"). */
    record Failure(int errno, String sqlState, String message) implements Actual {
        public Failure {
            Objects.requireNonNull(sqlState);
            Objects.requireNonNull(message);
        }

        public static Failure harness(String message) {
            return new Failure(0, "HY000", message);
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public Actual withWarnings(List<String> replacement) {
            return this;
        }
    }

    /** A result set: column labels with their type letter, and rows of rendered values. */
    record Rows(List<Column> columns, List<List<String>> rows, List<String> warnings) implements Actual {
        public Rows {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            warnings = List.copyOf(warnings);
        }

        @Override
        public Actual withWarnings(List<String> replacement) {
            return new Rows(columns, rows, replacement);
        }
    }

    /** A result column: its label and type letter (I N R T B D J, or ? for the NULL type). */
    record Column(String label, char type) {
        public Column {
            Objects.requireNonNull(label);
        }
    }
}
