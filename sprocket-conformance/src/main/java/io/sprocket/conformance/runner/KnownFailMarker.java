package io.sprocket.conformance.runner;

import io.sprocket.conformance.format.Modifiers;
import io.sprocket.conformance.format.TestFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * mark-knownfail: rewrites a file so that exactly the records failing on our targets carry a knownfail mark
 * (reason: the first line of the divergence) and passing records lose theirs. A record failing on every
 * target that was run is marked {@code ours}; one failing on only some is marked per target.
 */
public final class KnownFailMarker {
    private KnownFailMarker() {}

    /** {@code results} are the same file run on each of our targets (e.g. wire and engine). */
    public static TestFile mark(TestFile file, List<FileResult> results) {
        List<String> targets = results.stream().map(FileResult::target).toList();
        List<TestFile.Item> items = new ArrayList<>(file.items());
        for (int i = 0; i < items.size(); i++) {
            TestFile.Item item = items.get(i);
            Map<String, RecordResult> byTarget = new LinkedHashMap<>();
            for (FileResult result : results) byTarget.put(result.target(), result.records().get(i));
            boolean skippedSomewhere = byTarget.values().stream()
                    .anyMatch(r -> r.status() == RecordResult.Status.SKIPPED);
            boolean skippedEverywhere = byTarget.values().stream()
                    .allMatch(r -> r.status() == RecordResult.Status.SKIPPED);
            List<Modifiers.KnownFail> marks = new ArrayList<>();
            for (Modifiers.KnownFail k : item.modifiers().knownFail()) {
                // marks for targets that were not run this time are not ours to judge; a record none of our
                // targets runs (onlyif mariadb) cannot fail on them, so its marks go
                boolean judged = k.scope().equals("ours") ? !skippedSomewhere || skippedEverywhere
                        : targets.contains(k.scope());
                if (!judged) marks.add(k);
            }
            List<Map.Entry<String, RecordResult>> failing = byTarget.entrySet().stream()
                    .filter(e -> e.getValue().divergence() != null).toList();
            if (!skippedSomewhere && !failing.isEmpty() && failing.size() == byTarget.size()) {
                marks.removeIf(k -> targets.contains(k.scope()));
                marks.add(new Modifiers.KnownFail("ours", failing.getFirst().getValue().reason()));
            } else {
                for (Map.Entry<String, RecordResult> e : failing) {
                    marks.removeIf(k -> k.scope().equals(e.getKey()));
                    marks.add(new Modifiers.KnownFail(e.getKey(), e.getValue().reason()));
                }
            }
            items.set(i, item.withModifiers(item.modifiers().withKnownFail(marks)));
        }
        return file.withItems(items);
    }
}
