package app.ductape.sessions;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that records every delay and waits for none of them. */
public final class RecordingSleeper implements Sleeper {
    public final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        delays.add(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        delays.add(duration);
        return CompletableFuture.completedFuture(null);
    }
}
