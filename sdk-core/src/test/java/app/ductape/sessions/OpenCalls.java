package app.ductape.sessions;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Counts HTTP calls started and not yet finished. OkHttp ends a call ({@code callEnd}) only once its
 * response body is closed, so a count stuck above zero is a leaked {@code Response}.
 */
final class OpenCalls extends EventListener {
    static final OpenCalls INSTANCE = new OpenCalls();

    private final AtomicLong open = new AtomicLong();
    private final AtomicLong started = new AtomicLong();

    private OpenCalls() {}

    EventListener.Factory factory() {
        return call -> this;
    }

    long open() {
        return open.get();
    }

    long started() {
        return started.get();
    }

    @Override
    public void callStart(Call call) {
        started.incrementAndGet();
        open.incrementAndGet();
    }

    @Override
    public void callEnd(Call call) {
        open.decrementAndGet();
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
        open.decrementAndGet();
    }
}
