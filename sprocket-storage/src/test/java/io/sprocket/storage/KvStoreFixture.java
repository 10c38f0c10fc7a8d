package io.sprocket.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh store per test plus the helpers the contract tests share. Subclasses say how to open a store. */
public abstract class KvStoreFixture {
    protected static final KvTransactionOptions SHORT_WAIT = KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(200);

    protected KvStore store;

    protected abstract KvStore openStore() throws Exception;

    @BeforeEach
    void openFreshStore() throws Exception {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static byte[] b(String text) {
        return text.getBytes(UTF_8);
    }

    protected static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }

    protected void commitAll(String... keyValues) {
        try (KvTransaction transaction = store.begin()) {
            for (int i = 0; i < keyValues.length; i += 2) {
                transaction.put(b(keyValues[i]), b(keyValues[i + 1]));
            }
            transaction.commit();
        }
    }

    protected String committed(String key) {
        try (KvReader reader = store.newSnapshotReader()) {
            return s(reader.get(b(key)));
        }
    }

    protected static List<String> drain(KvIterator iterator) {
        List<String> out = new ArrayList<>();
        try (iterator) {
            while (iterator.next()) {
                out.add(s(iterator.key()) + "=" + s(iterator.value()));
            }
        }
        return out;
    }

    protected static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
