package io.sprocket.conformance.runner;

import io.sprocket.conformance.format.Expectation.Sort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a record's sort mode to actual rows, the same way record mode writes them. */
public final class RowOrder {
    private RowOrder() {}

    public static List<List<String>> apply(Sort sort, List<List<String>> rows) {
        return switch (sort) {
            case NOSORT -> rows;
            case ROWSORT -> rows.stream().sorted(Comparator.comparing((List<String> r) -> String.join("\t", r))).toList();
            case VALUESORT -> {
                List<String> values = new ArrayList<>();
                rows.forEach(values::addAll);
                values.sort(Comparator.naturalOrder());
                yield values.stream().map(List::of).toList();
            }
        };
    }
}
