/**
 * A small in-memory {@link io.sprocket.storage.KvStore}: multi-version sorted maps, a lock table with shared and
 * exclusive key locks, wait timeouts and wait-for-graph deadlock detection. Not durable. It documents the contract
 * in plain Java and lets tests above storage run without native code. Lock waits use java.util.concurrent, so
 * they park virtual threads instead of pinning carriers. Imports only io.sprocket.storage and the JDK.
 */
package io.sprocket.storage.memory;
