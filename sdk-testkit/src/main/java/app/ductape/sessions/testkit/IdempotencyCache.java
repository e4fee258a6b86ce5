package app.ductape.sessions.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Remembers the first answer to each {@code Idempotency-Key} so a repeat gets it again; a repeat that
 * arrives while the first is still running waits for it. Bounded: the oldest keys are forgotten.
 */
final class IdempotencyCache {
    private final int capacity;
    private final Map<String, CompletableFuture<EmulatorResponse>> answers;

    IdempotencyCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<EmulatorResponse>> eldest) {
                return size() > IdempotencyCache.this.capacity;
            }
        };
    }

    EmulatorResponse answer(String key, Supplier<EmulatorResponse> handler) {
        CompletableFuture<EmulatorResponse> mine = new CompletableFuture<>();
        CompletableFuture<EmulatorResponse> first;
        synchronized (answers) {
            first = answers.putIfAbsent(key, mine);
        }
        if (first != null) {
            return first.join();
        }
        try {
            EmulatorResponse response = handler.get();
            mine.complete(response);
            return response;
        } catch (RuntimeException e) {
            synchronized (answers) {
                answers.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
