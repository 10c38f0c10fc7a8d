package io.sprocket.conformance.runner;

import io.sprocket.conformance.backend.Actual;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one record on one target.
 *
 * @param index      the record's position in the file's item list
 * @param line       the record's header line
 * @param status     the verdict
 * @param divergence how the record diverged (null when it passed or was skipped)
 * @param actual     what the target produced (empty for skipped and connection records)
 */
public record RecordResult(int index, int line, Status status, String divergence, List<Actual> actual) {
    public RecordResult {
        Objects.requireNonNull(status);
        actual = List.copyOf(actual);
    }

    public enum Status {
        PASSED,
        FAILED,
        /** Failed, and carries a knownfail mark for this target: expected. */
        KNOWNFAIL,
        /** Carries a knownfail mark for this target but passed: the mark has rotted, which fails the run. */
        ROTTED,
        SKIPPED;

        public boolean breaksRun() {
            return this == FAILED || this == ROTTED;
        }
    }

    /** The first line of the divergence, as a knownfail reason. */
    public String reason() {
        if (divergence == null) return "";
        String first = divergence.lines().findFirst().orElse("").replaceAll("\\s+", " ").strip();
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
