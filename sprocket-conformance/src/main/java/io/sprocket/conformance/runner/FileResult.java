package io.sprocket.conformance.runner;

import io.sprocket.conformance.format.TestFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The results of one file on one target, one per item. */
public record FileResult(TestFile file, String target, List<RecordResult> records) {
    public FileResult {
        Objects.requireNonNull(file);
        Objects.requireNonNull(target);
        records = List.copyOf(records);
    }

    public long count(RecordResult.Status status) {
        return records.stream().filter(r -> r.status() == status).count();
    }

    public boolean passed() {
        return records.stream().noneMatch(r -> r.status().breaksRun());
    }

    /** The first record that breaks the run, if any. */
    public Optional<RecordResult> firstDivergence() {
        return records.stream().filter(r -> r.status().breaksRun()).findFirst();
    }

    /** "file:line: divergence" for every record that breaks the run. */
    public List<String> problems() {
        return records.stream().filter(r -> r.status().breaksRun()).map(this::describe).toList();
    }

    public String describe(RecordResult r) {
        return file.name() + ":" + r.line() + ": " + (r.status() == RecordResult.Status.ROTTED
                ? "marked knownfail but passes on " + target + "; remove the mark (run mark-knownfail)"
                : r.divergence());
    }
}
