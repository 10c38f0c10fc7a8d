package io.sprocket.storage.memory;

import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvStoreLockingContractTest;

class MemoryKvStoreLockingContractTest extends KvStoreLockingContractTest {
    @Override
    protected KvStore openStore() {
        return new MemoryKvStore();
    }
}
