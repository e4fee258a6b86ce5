package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetHealth;
import app.ductape.sessions.middleware.fleet.FleetLink;
import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One verifier's link to its fleet through Redis: a commands connection (shared answers, revocations, its
 * heartbeats) and a subscription (its peers' revocations, its own heartbeats' echoes). Its one thread
 * connects, sends the heartbeats and recovers after an outage: it reads the cutoffs again, sends the
 * revocations that could not be sent, and has the verifier forget what it cached before the outage.
 */
final class RedisFleetLink implements FleetLink, RedisConnectionStateListener {
    private static final Logger LOG = LoggerFactory.getLogger(RedisFleetLink.class);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** The latest messages applied, by their text: enough to cover what a recovery reads again. */
    private static final int APPLIED_REMEMBERED = 4096;

    private final LinkSettings settings;
    private final FleetMember member;
    private final FleetKeys keys;
    private final String origin = UUID.randomUUID().toString();
    private final RedisClient client;
    private final Runnable release;
    private final Cutoffs cutoffs;
    private final LinkHealth health;
    private final RedisCalls calls;
    private final Queue<FleetRevocation> unsent = new ConcurrentLinkedQueue<>();
    private final Set<String> applied = Collections.newSetFromMap(Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > APPLIED_REMEMBERED;
            }
        }));
    private final ScheduledExecutorService thread;
    private volatile StatefulRedisConnection<String, String> commands;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;
    private volatile boolean closed;

    RedisFleetLink(LinkSettings settings, FleetMember member, String channel, RedisClient client, Runnable release) {
        this.settings = settings;
        this.member = member;
        this.keys = new FleetKeys(channel);
        this.client = client;
        this.release = release;
        this.cutoffs = new Cutoffs(member.scope().maxStaleness().toMillis());
        this.health = new LinkHealth(channel, member.clock(), settings.heartbeatTimeoutNanos());
        this.calls = new RedisCalls(keys, settings, member, () -> commands);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, "ductape-fleet " + channel);
            named.setDaemon(true);
            return named;
        });
        client.addListener(this);
        long interval = settings.heartbeatInterval().toNanos();
        thread.scheduleWithFixedDelay(this::beat, 0, interval, TimeUnit.NANOSECONDS);
    }

    /** Waits, up to the command timeout, for the first echo: a verifier built with Redis up starts UP. */
    RedisFleetLink awaitFirstEcho() throws InterruptedException {
        long deadline = System.nanoTime() + settings.commandTimeout().toNanos();
        while (!health.isUp() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (!health.isUp()) {
            LOG.warn("the fleet on {} is not heard yet ({}): the verifier starts DEGRADED", keys.channel(),
                health.health().reason().orElse(""));
        }
        return this;
    }

    private void beat() {
        if (closed) {
            return;
        }
        try {
            connect();
            commands.async().publish(keys.heartbeatChannel(origin), Long.toString(System.nanoTime()));
            if (health.silent(System.nanoTime())) {
                health.lost("no heartbeat came back through Redis for " + Duration.ofNanos(
                    settings.heartbeatTimeoutNanos()).toMillis() + " ms");
            }
        } catch (RuntimeException e) {
            health.lost("Redis is unreachable: " + e.getMessage());
        }
    }

    /** Makes the connections an outage at start-up prevented; Lettuce itself reconnects those it made. */
    private void connect() {
        if (commands == null) {
            StatefulRedisConnection<String, String> made = client.connect();
            made.setTimeout(settings.commandTimeout());
            commands = made;
        }
        if (subscription == null) {
            StatefulRedisPubSubConnection<String, String> made = client.connectPubSub();
            made.addListener(new Messages());
            made.async().subscribe(keys.channel(), keys.heartbeatChannel(origin));
            subscription = made;
        }
    }

    /**
     * Hears the fleet again: reads the cutoffs, applies what was published while this link was away (it was
     * kept in Redis), sends what it could not, and forgets every answer older than the outage; then it is up.
     */
    private void recover() {
        LinkHealth.Outage outage = health.outage();
        if (closed || health.isUp() || !calls.loadCutoffs(cutoffs)) {
            return;
        }
        if (outage.lostAt() != null) {
            // the instants are the publishers' clocks: a margin for their skew
            List<String> missed = calls.revocationsSince(outage.lostAt().minus(CLOCK_SKEW));
            if (missed == null) {
                return;
            }
            missed.forEach(this::received);
        }
        List<FleetRevocation> pending = new ArrayList<>();
        for (FleetRevocation revocation = unsent.poll(); revocation != null; revocation = unsent.poll()) {
            pending.add(revocation);
        }
        pending.forEach(this::send);
        if (outage.lostAt() != null) {
            member.reconnected(outage.lostAt());
        }
        health.recovered(outage);
    }

    /**
     * A peer's message, live or missed: applied once (a message may come both ways during a recovery), unless
     * it is this link's own or of another tag.
     */
    private void received(String message) {
        try {
            FleetMessages.Received received = FleetMessages.decode(message);
            if (!received.origin().equals(origin) && received.tag().equals(member.scope().tag())
                && applied.add(message)) {
                cutoffs.record(received.revocation(), member.clock().millis());
                member.revokedByPeer(received.revocation());
            }
        } catch (FleetMessages.Unreadable e) {
            LOG.warn("ignored a message of {} characters on {}: {}", message.length(), keys.channel(), e.getMessage());
        }
    }

    @Override
    public void publish(FleetRevocation revocation) {
        cutoffs.record(revocation, member.clock().millis());
        send(revocation);
    }

    /**
     * Sends a revocation; while the fleet is heard, waits (up to the command timeout) until Redis has deleted
     * the shared answers it names and published it, so that a {@code revoke} that returned has reached Redis.
     */
    private void send(FleetRevocation revocation) {
        String message = FleetMessages.encode(origin, member.scope().tag(), revocation);
        try {
            CompletableFuture<Long> sent = calls.revoke(revocation, message).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    unsent(revocation, failure);
                }
            });
            if (health.isUp()) {
                sent.exceptionally(failure -> null).join();
            }
        } catch (RuntimeException notConnected) {
            unsent(revocation, notConnected);
        }
    }

    private void unsent(FleetRevocation revocation, Throwable why) {
        LOG.warn("a {} revocation could not be sent to the fleet on {} ({}); it is sent when Redis is heard again",
            revocation.kind(), keys.channel(), why.toString());
        unsent.add(revocation);
    }

    @Override
    public boolean isUp() {
        return health.isUp();
    }

    @Override
    public FleetHealth health() {
        return health.health();
    }

    @Override
    public Duration fallbackStaleness() {
        return settings.fallbackStaleness();
    }

    @Override
    public boolean sharesAnswers() {
        return settings.sharedCache();
    }

    @Override
    public Optional<SharedAnswer> sharedAnswer(String tokenHash) {
        if (!settings.sharedCache() || !health.isUp()) {
            return Optional.empty();
        }
        return calls.sharedAnswer(tokenHash).filter(answer -> !cutoffs.refuses(answer));
    }

    @Override
    public CompletableFuture<Optional<SharedAnswer>> sharedAnswerAsync(String tokenHash) {
        if (!settings.sharedCache() || !health.isUp()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return calls.sharedAnswerAsync(tokenHash).thenApply(found -> found.filter(answer -> !cutoffs.refuses(answer)));
    }

    @Override
    public void share(String tokenHash, SharedAnswer answer) {
        if (settings.sharedCache() && health.isUp() && !cutoffs.refuses(answer)) {
            calls.share(tokenHash, answer);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        client.removeListener(this);
        if (subscription != null) {
            subscription.close();
        }
        if (commands != null) {
            commands.close();
        }
        release.run();
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
        if (!closed && (connection == commands || connection == subscription)) {
            health.lost(connection == commands ? "the commands connection to Redis was lost"
                : "the subscription connection to Redis was lost");
        }
    }

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> connection, java.net.SocketAddress address) {
        if (!closed && (connection == commands || connection == subscription)) {
            later(this::beat);
        }
    }

    /** Runs a task on the link's thread, unless the link was closed meanwhile. */
    private void later(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            LOG.debug("the link to {} is closed", keys.channel());
        }
    }

    /** The subscription's messages: the peers' revocations, and this link's heartbeats coming back. */
    private final class Messages extends RedisPubSubAdapter<String, String> {
        @Override
        public void message(String channel, String message) {
            if (!channel.equals(keys.channel())) {
                echo(message);
                return;
            }
            received(message);
        }

        private void echo(String sent) {
            try {
                if (health.echoed(Long.parseLong(sent)) && !closed) {
                    later(RedisFleetLink.this::recover);
                }
            } catch (NumberFormatException e) {
                LOG.warn("ignored a heartbeat that is not this link's on {}", keys.heartbeatChannel(origin));
            }
        }

        @Override
        public void unsubscribed(String channel, long count) {
            if (!closed) {
                health.lost("the subscription to " + channel + " ended");
            }
        }
    }
}
