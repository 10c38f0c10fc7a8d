package io.sprocket.conformance.runner;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals for one target across files, printed as the run's summary line. */
public final class Summary {
    private final String target;
    private final AtomicLong passed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong knownFail = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public Summary(String target) {
        this.target = java.util.Objects.requireNonNull(target);
    }

    public void add(FileResult result) {
        for (RecordResult r : result.records()) {
            switch (r.status()) {
                case PASSED -> passed.incrementAndGet();
                case FAILED, ROTTED -> failed.incrementAndGet();
                case KNOWNFAIL -> knownFail.incrementAndGet();
                case SKIPPED -> skipped.incrementAndGet();
            }
        }
    }

    public long failed() {
        return failed.get();
    }

    /** e.g. {@code conformance wire: 412 passed, 0 failed, 388 knownfail, 12 skipped}. */
    public String line() {
        return "conformance " + target + ": " + passed + " passed, " + failed + " failed, " + knownFail
                + " knownfail, " + skipped + " skipped";
    }
}
