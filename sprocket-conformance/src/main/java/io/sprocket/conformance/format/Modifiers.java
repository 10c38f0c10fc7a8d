package io.sprocket.conformance.format;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The modifier lines in front of a record.
 *
 * @param onlyIf    the record runs only on targets that answer to one of these names (mysql, mariadb, ours,
 *                  engine, wire)
 * @param skipIf    the record is skipped on targets answering to one of these names
 * @param knownFail known failures of Sprocket: the record must fail on the matching targets, and the run
 *                  fails if it starts passing there
 */
public record Modifiers(List<String> onlyIf, List<String> skipIf, List<KnownFail> knownFail) {
    public Modifiers {
        onlyIf = List.copyOf(onlyIf);
        skipIf = List.copyOf(skipIf);
        knownFail = List.copyOf(knownFail);
    }

    public static final Modifiers NONE = new Modifiers(List.of(), List.of(), List.of());

    /** A {@code knownfail <scope> <reason>} line; scope is "ours" or one of our target names. */
    public record KnownFail(String scope, String reason) {
        public KnownFail {
            Objects.requireNonNull(scope);
            Objects.requireNonNull(reason);
        }
    }

    /** Whether a target answering to {@code names} runs this record. */
    public boolean runsOn(Set<String> names) {
        if (!onlyIf.isEmpty() && onlyIf.stream().noneMatch(names::contains)) return false;
        return skipIf.stream().noneMatch(names::contains);
    }

    /** The known failure that applies to a target answering to {@code names}, or null. */
    public KnownFail knownFailFor(Set<String> names) {
        return knownFail.stream().filter(k -> names.contains(k.scope())).findFirst().orElse(null);
    }

    public Modifiers withKnownFail(List<KnownFail> marks) {
        return new Modifiers(onlyIf, skipIf, marks);
    }
}
