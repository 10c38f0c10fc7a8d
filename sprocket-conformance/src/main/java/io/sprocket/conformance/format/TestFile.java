package io.sprocket.conformance.format;

import java.util.List;
import java.util.Objects;

/**
 * A parsed {@code .test} file. Comments and blank lines are kept with the item that follows them (and in
 * {@code trailer} at the end) so that rewriting a file changes only expectations and knownfail marks.
 */
public record TestFile(String name, List<Item> items, List<String> trailer) {
    public TestFile {
        Objects.requireNonNull(name);
        items = List.copyOf(items);
        trailer = List.copyOf(trailer);
    }

    /** A record with the comment/blank lines before it and its modifier lines. */
    public record Item(List<String> preamble, Modifiers modifiers, TestRecord record) {
        public Item {
            preamble = List.copyOf(preamble);
            Objects.requireNonNull(modifiers);
            Objects.requireNonNull(record);
        }

        public Item withRecord(TestRecord replacement) {
            return new Item(preamble, modifiers, replacement);
        }

        public Item withModifiers(Modifiers replacement) {
            return new Item(preamble, replacement, record);
        }
    }

    public TestFile withItems(List<Item> replacement) {
        return new TestFile(name, replacement, trailer);
    }

    /** Number of SQL records (statements, queries, multi), the unit the corpus is counted in. */
    public long sqlRecordCount() {
        return items.stream().filter(i -> i.record() instanceof TestRecord.Sql || i.record() instanceof TestRecord.Multi)
                .count();
    }
}
