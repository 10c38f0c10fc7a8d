package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvStoreLockingContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class RocksKvStoreLockingContractTest extends KvStoreLockingContractTest {
    @TempDir
    Path directory;

    @Override
    protected KvStore openStore() {
        return RocksKvStore.open(directory.resolve("db"));
    }
}
