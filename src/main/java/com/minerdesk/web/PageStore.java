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
 * The cached pages by key, bounded in bytes (pages of older generations go first, then the least
 * recently used), and the pages being rendered right now, so that concurrent misses of one page
 * wait for a single render instead of all rendering it.
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

    /** The page of this generation, or null. */
    CachedPage get(String key, Generation generation) {
        Slot slot = slots.get(key);
        if (slot == null || !slot.page.generation().equals(generation)) {
            return null;
        }
        slot.lastUsed = useClock.incrementAndGet();
        return slot.page;
    }

    int size() {
        return slots.size();
    }

    void put(String key, CachedPage page) {
        Slot previous = slots.put(key, new Slot(page, useClock.incrementAndGet()));
        long total = bytes.addAndGet(page.size() - (previous == null ? 0 : previous.page.size()));
        if (total > maxBytes) {
            evict(page.generation());
        }
    }

    /**
     * What a request that missed does next: serve {@code page}, which another request has just
     * rendered for this generation, or render itself; {@code flight} is then the render others
     * wait for, to be ended with {@link #land} (null when it could not be registered).
     */
    record Turn(CachedPage page, Flight flight) {
    }

    Turn awaitOrStart(String key, Generation generation) {
        Flight mine = new Flight(generation, new CompletableFuture<>());
        Flight rendering = inflight.putIfAbsent(key, mine);
        if (rendering == null) {
            return new Turn(null, mine);
        }
        if (rendering.generation().equals(generation)) {
            try {
                CachedPage page = rendering.page().get(AWAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (page != null) {
                    return new Turn(page, null);
                }
            } catch (TimeoutException | ExecutionException e) {
                land(key, rendering, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Turn(null, null);
            }
        }
        // an older generation's render, a slow one, or a response that could not be kept: render anew
        boolean taken = inflight.replace(key, rendering, mine) || inflight.putIfAbsent(key, mine) == null;
        return new Turn(null, taken ? mine : null);
    }

    /** Ends a render: the waiting requests get its page (or null, and render themselves). */
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
