package io.sprocket.storage.memory;

import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvStoreContractTest;

class MemoryKvStoreContractTest extends KvStoreContractTest {
    @Override
    protected KvStore openStore() {
        return new MemoryKvStore();
    }
}
