package io.sprocket.engine.event;

import io.sprocket.engine.Engine;
import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.session.EventRunner;
import io.sprocket.storage.KvTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event scheduler thread. While {@code event_scheduler} is ON it keeps, for each enabled event, the time it
 * runs next ({@link Schedules}); when that comes it records LAST_EXECUTED, ends a schedule that is over (a
 * one-time event after its run, a recurring one past ENDS: dropped with ON COMPLETION NOT PRESERVE, DISABLED with
 * PRESERVE) and starts the body on a virtual thread of its own. An execution that fails (an orphan definer is
 * 1449, an error in the body) is logged and the event stays. Event DDL wakes the thread; otherwise it looks again
 * at least once a second, which is the schedule's resolution.
 */
public final class EventScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventScheduler.class);
    private static final long MAX_WAIT_MILLIS = 1000;

    private final Engine engine;
    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    /** The next run of each event, for the definition it was computed from (a changed definition plans again). */
    private final Map<String, Plan> plans = new HashMap<>();
    private volatile boolean stopped;
    private boolean woken;
    private Thread thread;

    private record Plan(EventDef def, Long next) {
    }

    public EventScheduler(Engine engine) {
        this.engine = engine;
    }

    public synchronized void start() {
        if (thread == null) thread = Thread.ofVirtual().name("event_scheduler").start(this::loop);
    }

    /** Something changed (event DDL, event_scheduler switched): look again now. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the event_scheduler variable is ON. */
    private boolean on() {
        var globals = engine.globals();
        Object v = globals.value(globals.catalog().require("event_scheduler"));
        return v != null && v.toString().equalsIgnoreCase("ON");
    }

    private void loop() {
        while (!stopped) {
            long waitMillis = MAX_WAIT_MILLIS;
            try {
                if (on()) {
                    long now = System.currentTimeMillis();
                    Long due = runDue(now / 1000);
                    if (due != null) waitMillis = Math.max(1, Math.min(MAX_WAIT_MILLIS, due * 1000 - now));
                } else {
                    plans.clear(); // when switched on again, schedules continue from then
                }
            } catch (RuntimeException e) {
                LOG.error("event scheduler", e);
            }
            await(waitMillis);
        }
    }

    private void await(long millis) {
        lock.lock();
        try {
            if (!woken && !stopped) changed.await(millis, TimeUnit.MILLISECONDS);
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            lock.unlock();
        }
    }

    /** Starts every enabled event due at {@code now}; returns the next time something is due, or null. */
    private Long runDue(long now) {
        Catalog catalog = engine.catalog();
        Map<String, Plan> next = new HashMap<>();
        Long earliest = null;
        for (EventDef e : catalog.allEvents()) {
            if (e.status() != EventDef.Status.ENABLED) continue;
            String key = e.schema() + "\u0000" + e.key();
            Plan plan = plans.get(key);
            if (plan == null || plan.def != e) {
                long from = e.lastExecuted() == null ? now : Math.max(now, e.lastExecuted() + 1);
                plan = new Plan(e, Schedules.next(e, from));
            }
            if (plan.next == null) {
                finish(e, e); // a recurring schedule past ENDS
                continue;
            }
            if (plan.next <= now) {
                fire(e, now);
                continue;
            }
            next.put(key, plan);
            if (earliest == null || plan.next < earliest) earliest = plan.next;
        }
        plans.clear();
        plans.putAll(next);
        return earliest;
    }

    /** Records the run and what follows from it, then starts the body. */
    private void fire(EventDef e, long now) {
        EventDef ran = e.withLastExecuted(now);
        boolean over = !e.recurring() || Schedules.next(ran, now + 1) == null;
        if (!(over ? finish(ran, e) : update(e, ran, false))) return;
        Thread t = Thread.ofVirtual().name("event " + e.schema() + "." + e.name()).unstarted(() -> {
            try {
                EventRunner.execute(engine, e);
            } catch (SqlException x) {
                LOG.warn("Event {}.{} (definer {}) failed: {} ({})", e.schema(), e.name(), e.definer(), x.getMessage(),
                        x.errno());
            } catch (RuntimeException x) {
                LOG.error("Event {}.{} failed", e.schema(), e.name(), x);
            } finally {
                running.remove(Thread.currentThread());
            }
        });
        running.add(t);
        t.start();
    }

    /**
     * A schedule that is over: the event {@code current} (as {@code e}, perhaps with its last run recorded) is
     * dropped with ON COMPLETION NOT PRESERVE, else kept DISABLED. Returns whether the catalog was changed.
     */
    private boolean finish(EventDef e, EventDef current) {
        if (!e.preserve()) return update(current, null, true);
        return update(current, e.withStatus(EventDef.Status.DISABLED, e.lastAlteredSeconds()), true);
    }

    /**
     * Replaces {@code old} by {@code replacement} (null: drops it) in the store and the published catalog, if
     * nobody changed the event meanwhile. {@code versioned}: a change compiled plans may depend on.
     */
    private boolean update(EventDef old, EventDef replacement, boolean versioned) {
        var lock = engine.metadataLock().writeLock();
        lock.lock();
        try (KvTransaction txn = engine.store().begin()) {
            Catalog catalog = engine.catalog();
            if (catalog.event(old.schema(), old.name()) != old) return false; // altered or dropped meanwhile
            Catalog after;
            if (replacement == null) {
                CatalogStore.deleteEvent(txn, old.schema(), old.name());
                after = catalog.withoutEvent(old.schema(), old.name());
            } else {
                CatalogStore.putEvent(txn, replacement);
                after = versioned ? catalog.withEvent(replacement) : catalog.withEventRun(replacement);
            }
            if (after.version() != catalog.version()) CatalogStore.putVersion(txn, after.version());
            txn.commit();
            engine.publish(after);
            return true;
        } catch (RuntimeException x) {
            LOG.error("Event {}.{}: could not record its run", old.schema(), old.name(), x);
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread and waits a little for executions in flight. */
    @Override
    public void close() {
        stopped = true;
        wake();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        try {
            if (t != null) t.join(5000);
            long deadline = System.currentTimeMillis() + 5000;
            for (Thread r : running) {
                long left = deadline - System.currentTimeMillis();
                if (left > 0) r.join(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
