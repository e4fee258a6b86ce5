package app.ductape.sessions;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How the SDK waits between retries: blocking for the synchronous API, by a timer for the async one
 * (no thread sleeps). Replace it in tests to assert the delays without waiting:
 * {@code SessionsService.builder().sleeper(recordingSleeper)}.
 */
public interface Sleeper {

    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @param duration the duration
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * A future completing after {@code duration}, without blocking any thread meanwhile.
     *
     * @param duration the duration
     * @return a future completing after {@code duration}, without blocking any thread meanwhile
     */
    CompletableFuture<Void> delay(Duration duration);

    /** The real one: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
    Sleeper SYSTEM = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public String toString() {
            return "Sleeper.SYSTEM";
        }
    };
}
