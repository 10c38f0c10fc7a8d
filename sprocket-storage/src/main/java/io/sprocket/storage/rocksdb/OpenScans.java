package io.sprocket.storage.rocksdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The scans still open on a transaction or reader. They must be closed before the native objects they read
 * through (transaction, snapshot) are freed, whether or not the caller remembered to close them.
 */
final class OpenScans {
    private final Set<RocksScan> scans = Collections.newSetFromMap(new IdentityHashMap<>());

    RocksScan track(Function<Runnable, RocksScan> factory) {
        RocksScan[] holder = new RocksScan[1];
        RocksScan scan = factory.apply(() -> scans.remove(holder[0]));
        holder[0] = scan;
        scans.add(scan);
        return scan;
    }

    void invalidateAll() {
        for (RocksScan scan : scans) {
            scan.invalidate();
        }
    }

    boolean isEmpty() {
        return scans.isEmpty();
    }

    void closeAll() {
        List<RocksScan> toClose = new ArrayList<>(scans);
        scans.clear();
        for (RocksScan scan : toClose) {
            scan.close();
        }
    }
}
