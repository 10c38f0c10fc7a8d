package io.sprocket.storage.rocksdb;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvTransaction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
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
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ConcurrentLinkedQueue<Long> printed = new ConcurrentLinkedQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    printed.add(Long.parseLong(line.trim()));
                }
            } catch (Exception e) {
                // The pipe breaks when the child is killed; what was read so far is what counts.
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        long firstSeen = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (firstSeen == 0 && !printed.isEmpty()) {
                firstSeen = System.nanoTime();
            }
            if (firstSeen != 0 && (printed.size() >= 300 || System.nanoTime() - firstSeen > 1_500_000_000L)) {
                break;
            }
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("writer still running when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        assertThat(printed).as("numbers committed before the kill").isNotEmpty();

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
        assertThat(last).isBetween(printed.stream().mapToLong(Long::longValue).max().orElseThrow(),
                printed.stream().mapToLong(Long::longValue).max().orElseThrow() + 1);
    }
}
