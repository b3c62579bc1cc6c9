package com.minerdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The newest page held for each key, bounded in bytes (pages of older generations go first, then the
 * least recently used), and the pages being rendered right now, so that concurrent misses of one page
 * share a single render: they get the previous page meanwhile when the cache allows it, or wait.
 */
final class PageStore {
    static final long AWAIT_MILLIS = 5_000;
    private final long maxBytes;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Flight> inflight = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong useClock = new AtomicLong();

    /** A page being rendered by one request, which the others wait for. */
    record Flight(Generation generation, CompletableFuture<CachedPage> page) {
    }

    private static final class Slot {
        final CachedPage page;
        volatile long lastUsed;

        Slot(CachedPage page, long lastUsed) {
            this.page = page;
            this.lastUsed = lastUsed;
        }
    }

    PageStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The newest page held for this key, of whatever generation, or null. */
    CachedPage get(String key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            return null;
        }
        slot.lastUsed = useClock.incrementAndGet();
        return slot.page;
    }

    /** Whether this key is being rendered for this generation (or a later one) right now. */
    boolean rendering(String key, Generation generation) {
        Flight flight = inflight.get(key);
        return flight != null && flight.generation().serial() >= generation.serial();
    }

    int size() {
        return slots.size();
    }

    /** Keeps the page unless a newer generation's page is already held (a slow render landing late). */
    void put(String key, CachedPage page) {
        Slot fresh = new Slot(page, useClock.incrementAndGet());
        Slot[] replaced = new Slot[1];
        Slot now = slots.compute(key, (k, held) -> {
            if (held != null && held.page.generation().serial() > page.generation().serial()) {
                return held;
            }
            replaced[0] = held;
            return fresh;
        });
        if (now != fresh) {
            return;
        }
        Slot previous = replaced[0];
        long total = bytes.addAndGet(page.size() - (previous == null ? 0 : previous.page.size()));
        if (total > maxBytes) {
            evict(page.generation());
        }
    }

    /**
     * What a request that missed does next: serve {@code page} (the previous one while another
     * request renders this generation, or the one that request has just rendered), or render itself;
     * {@code flight} is then the render others wait for, to be ended with {@link #land} (null when it
     * could not be registered).
     */
    record Turn(CachedPage page, Flight flight) {
    }

    /** {@code previous}: the page to answer with while another request renders, or null to wait for it. */
    Turn awaitOrStart(String key, Generation generation, CachedPage previous) {
        Flight mine = new Flight(generation, new CompletableFuture<>());
        Flight rendering = inflight.putIfAbsent(key, mine);
        if (rendering == null) {
            return new Turn(null, mine);
        }
        if (rendering.generation().serial() >= generation.serial()) { // this generation's render, or a newer one's
            if (previous != null) {
                return new Turn(previous, null);
            }
            try {
                return new Turn(rendering.page().get(AWAIT_MILLIS, TimeUnit.MILLISECONDS), null);
            } catch (TimeoutException | ExecutionException e) {
                // a render that hangs: this request renders alone, and the others keep waiting for that render
                // (taking it over would let every waiter render at once, and a slow render then gets slower)
                return new Turn(null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Turn(null, null);
            }
        }
        // an older generation's render: this one replaces it
        boolean taken = inflight.replace(key, rendering, mine) || inflight.putIfAbsent(key, mine) == null;
        return new Turn(null, taken ? mine : null);
    }

    /** Ends a render: the waiting requests get its page (or null when it could not be kept, and render themselves). */
    void land(String key, Flight flight, CachedPage page) {
        if (flight != null) {
            inflight.remove(key, flight);
            flight.page().complete(page);
        }
    }

    private synchronized void evict(Generation current) {
        slots.forEach((k, s) -> {
            if (!s.page.generation().equals(current) && slots.remove(k, s)) {
                bytes.addAndGet(-s.page.size());
            }
        });
        if (bytes.get() <= maxBytes * 3 / 4) {
            return;
        }
        List<Map.Entry<String, Slot>> byUse = new ArrayList<>(slots.entrySet());
        byUse.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        for (Map.Entry<String, Slot> e : byUse) {
            if (bytes.get() <= maxBytes * 3 / 4) {
                break;
            }
            if (slots.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().page.size());
            }
        }
    }
}
