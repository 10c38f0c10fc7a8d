package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process for {@link RocksKvStoreDurabilityTest}: commits numbered transactions of two keys each, printing a
 * number only after its commit returned, while another transaction keeps uncommitted writes open. Runs until
 * killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        RocksKvStore store = RocksKvStore.open(Path.of(args[0]));
        KvTransaction uncommitted = store.begin();
        byte[] padding = new byte[512];
        for (long n = 1; ; n++) {
            uncommitted.put(key("u", n), padding);
            try (KvTransaction transaction = store.begin()) {
                transaction.put(key("a", n), padding);
                transaction.put(key("b", n), Long.toString(n).getBytes(StandardCharsets.UTF_8));
                transaction.commit();
            }
            System.out.println(n);
            System.out.flush();
        }
    }

    static byte[] key(String prefix, long n) {
        return (prefix + "/" + String.format("%012d", n)).getBytes(StandardCharsets.UTF_8);
    }
}
