package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvStoreContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class RocksKvStoreContractTest extends KvStoreContractTest {
    @TempDir
    Path directory;

    @Override
    protected KvStore openStore() {
        return RocksKvStore.open(directory.resolve("db"));
    }
}
