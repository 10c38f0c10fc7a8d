package io.sprocket.storage.memory;

/**
 * One committed version of a key, newest first; {@code value} null marks a delete. Immutable, so readers walk a
 * chain without locks while commits prepend to it.
 */
record Version(long sequence, byte[] value, Version older) {
    /** The version a reader at {@code readSequence} sees, or null if the key did not exist then. */
    Version visibleAt(long readSequence) {
        Version version = this;
        while (version != null && version.sequence > readSequence) {
            version = version.older;
        }
        return version;
    }

    /** Drops versions no snapshot at or after {@code oldestReader} can see. */
    Version prunedFor(long oldestReader) {
        if (sequence <= oldestReader) {
            return older == null ? this : new Version(sequence, value, null);
        }
        Version prunedOlder = older == null ? null : older.prunedFor(oldestReader);
        return prunedOlder == older ? this : new Version(sequence, value, prunedOlder);
    }
}
