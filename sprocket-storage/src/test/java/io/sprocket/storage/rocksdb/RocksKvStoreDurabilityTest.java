package io.sprocket.storage.rocksdb;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committed data survives close and kill -9; uncommitted or half-written transactions leave nothing. */
class RocksKvStoreDurabilityTest {
    @TempDir
    Path directory;

    @Test
    void reopenAfterCloseKeepsCommittedDataOnly() {
        Path db = directory.resolve("db");
        try (RocksKvStore store = RocksKvStore.open(db)) {
            try (KvTransaction transaction = store.begin()) {
                transaction.put("kept".getBytes(UTF_8), "yes".getBytes(UTF_8));
                transaction.commit();
            }
            KvTransaction open = store.begin();
            open.put("lost".getBytes(UTF_8), "no".getBytes(UTF_8));
            store.increment("seq".getBytes(UTF_8), 41);
            // Closing the store with a transaction still open rolls it back.
        }
        try (RocksKvStore store = RocksKvStore.open(db); KvReader reader = store.newSnapshotReader()) {
            assertThat(reader.get("kept".getBytes(UTF_8))).asString(UTF_8).isEqualTo("yes");
            assertThat(reader.get("lost".getBytes(UTF_8))).isNull();
            assertThat(store.increment("seq".getBytes(UTF_8), 1)).isEqualTo(42);
        }
    }

    @Test
    void committedTransactionsSurviveKillMinusNine() throws Exception {
        Path db = directory.resolve("crash");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // stdout goes to a file, not a pipe: what the child wrote before SIGKILL is then all there to read.
        Path output = directory.resolve("committed.txt");
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString())
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Generous for a loaded machine: the child JVM must start and load RocksDB before its first commit.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long firstSeen = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            long size = Files.size(output);
            if (firstSeen == 0 && size > 0) {
                firstSeen = System.nanoTime();
            }
            if (firstSeen != 0 && (size > 2_000 || System.nanoTime() - firstSeen > 1_500_000_000L)) {
                break;
            }
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("writer still running when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<Long> printed = completeLines(Files.readString(output, UTF_8));
        assertThat(printed).as("numbers committed before the kill").isNotEmpty();
        long maxPrinted = printed.get(printed.size() - 1);

        TreeSet<Long> aKeys = new TreeSet<>();
        TreeSet<Long> bKeys = new TreeSet<>();
        List<String> uncommitted = new ArrayList<>();
        try (RocksKvStore store = RocksKvStore.open(db); KvReader snapshot = store.newSnapshotReader();
             KvIterator all = snapshot.scan(null, null, false)) {
            while (all.next()) {
                String key = new String(all.key(), UTF_8);
                long n = Long.parseLong(key.substring(2));
                switch (key.charAt(0)) {
                    case 'a' -> aKeys.add(n);
                    case 'b' -> {
                        bKeys.add(n);
                        assertThat(all.value()).asString(UTF_8).isEqualTo(Long.toString(n));
                    }
                    default -> uncommitted.add(key);
                }
            }
        }
        assertThat(uncommitted).isEmpty();
        assertThat(aKeys).isEqualTo(bKeys);
        assertThat(aKeys).containsAll(printed);
        // Committed numbers are contiguous: at most the one in flight is committed but unprinted.
        long last = aKeys.last();
        assertThat(aKeys).hasSize((int) last);
        assertThat(last).isBetween(maxPrinted, maxPrinted + 1);
    }

    /** The numbers on newline-terminated lines; a line cut short by the kill does not count. */
    private static List<Long> completeLines(String text) {
        List<Long> numbers = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            numbers.add(Long.parseLong(text.substring(start, end).trim()));
        }
        return numbers;
    }
}
