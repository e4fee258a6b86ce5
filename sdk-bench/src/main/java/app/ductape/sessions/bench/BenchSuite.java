package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs B1 to B14 in one go and writes the table: {@code docs/benchmarks.md}, or with
 * {@code -Dbench.quick=true} a shorter smoke run to {@code sdk-bench/target/benchmarks-quick.md}. With
 * {@code -Dbench.only=B7} (a comma-separated list) only those figures run, written to
 * {@code sdk-bench/target/benchmarks-B7.md}.
 */
public final class BenchSuite {
    private final boolean quick = Boolean.getBoolean("bench.quick");
    /**
     * The many-token working set of the verifier's figures: each fork's setup starts and verifies every one of
     * them through the emulator, which in the quick smoke would take most of its time.
     */
    private final String manyTokens = quick ? "1000" : "10000";
    private final String manyTokensText = quick ? "1,000 tokens" : "10,000 tokens";
    private final List<String> only = System.getProperty("bench.only", "").isBlank() ? List.of()
        : List.of(System.getProperty("bench.only").split(","));
    private final List<String> rows = new ArrayList<>();
    private final Map<String, ListStatistics> scores = new HashMap<>();
    private final Map<String, ListStatistics> allocations = new HashMap<>();

    private BenchSuite() {}

    public static void main(String[] args) throws Exception {
        new BenchSuite().run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        int rounds = quick ? 1 : 4;
        if (runs("B1") || runs("B2")) {
            fetchAndDecode(rounds);
        }
        if (runs("B3")) {
            paging(rounds);
        }
        if (runs("B4")) {
            interleaved(rounds, new OptionsBuilder().warmupIterations(quick ? 3 : 10)
                .measurementIterations(quick ? 5 : 20), "AsyncBenchmark.sdk", "AsyncBenchmark.raw");
            throughputRatio("B4 async, 1,000 calls with 64 in flight, calls/s", "AsyncBenchmark.sdk",
                "AsyncBenchmark.raw", 1000, 0.95);
        }
        if (runs("B5")) {
            coldStart(quick ? 3 : 10);
        }
        if (runs("B6")) {
            emulator(quick ? 100_000 : 1_000_000);
        }
        if (runs("B7")) {
            verification(rounds);
        }
        if (runs("B9")) {
            report(quick ? 5 : 30);
        }
        if (runs("B10")) {
            proxy(rounds);
        }
        if (runs("B8")) {
            archive(quick ? 100_000 : 1_000_000, quick ? 1 : 3);
        }
        if (runs("B11")) {
            asyncVerification(rounds);
        }
        if (runs("B12")) {
            fleet(rounds, quick ? 100 : 1_000);
        }
        if (runs("B13")) {
            tracing(rounds);
        }
        if (runs("B14")) {
            jakartaRest(rounds);
        }
        write(System.nanoTime() - started, rounds);
    }

    private boolean runs(String figure) {
        return only.isEmpty() || only.contains(figure);
    }

    private void fetchAndDecode(int rounds) throws RunnerException {
        interleaved(rounds, timed(quick ? 1 : 5, quick ? 1 : 5).addProfiler(GCProfiler.class),
            "FetchBenchmark.sdk", "FetchBenchmark.rawOptimal", "FetchBenchmark.rawNaive",
            "DecodeBenchmark.sdk", "DecodeBenchmark.raw");
        ratio("B1 fetchActivityLogs (20 logs), µs/call, vs optimal raw", "FetchBenchmark.sdk",
            "FetchBenchmark.rawOptimal", 1.05);
        ratio("B1 fetchActivityLogs (20 logs), µs/call, vs hand-written raw (string + readValue)",
            "FetchBenchmark.sdk", "FetchBenchmark.rawNaive", 1.00);
        ratio("B2 decode 1,000-log page, µs/op", "DecodeBenchmark.sdk", "DecodeBenchmark.raw", 1.10);
        double sdkAlloc = allocations.get("DecodeBenchmark.sdk").getMean();
        double rawAlloc = allocations.get("DecodeBenchmark.raw").getMean();
        row("B2 decode 1,000-log page, bytes allocated/op", fmt(sdkAlloc), fmt(rawAlloc), sdkAlloc / rawAlloc,
            "<= 1.20", sdkAlloc / rawAlloc <= 1.20);
    }

    private void paging(int rounds) throws RunnerException {
        int pages = quick ? 100 : 1000;
        interleaved(rounds, new OptionsBuilder().param("pages", String.valueOf(pages)).warmupIterations(1)
            .measurementIterations(quick ? 1 : 2).jvmArgsAppend("-Xmx64m"), "PagingBenchmark.sdk",
            "PagingBenchmark.raw");
        double logs = 1000.0 * pages;
        throughputRatio("B3 auto-paging " + String.format(Locale.ROOT, "%,d", (long) logs)
            + " logs under -Xmx64m, logs/s", "PagingBenchmark.sdk", "PagingBenchmark.raw", logs, 0.90);
    }

    /** B7: the middleware's verifier against plain verify and against its own floor, then its filter. */
    private void verification(int rounds) throws RunnerException {
        for (String workingSet : List.of("1", manyTokens)) {
            variant(rounds, settled().param("workingSet", workingSet), "@" + workingSet,
                "VerifyBenchmark.uncached", "VerifyBenchmark.cached", "VerifyBenchmark.floor");
            String tokens = workingSet.equals("1") ? "one token" : manyTokensText;
            Statistics cached = scores.get("VerifyBenchmark.cached@" + workingSet);
            Statistics uncached = scores.get("VerifyBenchmark.uncached@" + workingSet);
            double speedUp = uncached.getMean() / cached.getMean();
            String figure = "B7 verify through a warm SessionVerifier (" + tokens + ") vs plain sessions.verify on "
                + "loopback, ns/call (ratio: speed-up)";
            if (workingSet.equals("1")) {
                row(figure, withError(cached), withError(uncached), speedUp, ">= 500", speedUp >= 500);
            } else {
                // the issue sets the 500x on a warm cache; across 10,000 tokens the SHA-256 floor itself bounds it
                double floorSpeedUp = uncached.getMean() / scores.get("VerifyBenchmark.floor@" + workingSet).getMean();
                informative(figure, withError(cached), withError(uncached), speedUp, String.format(Locale.ROOT,
                    "none (the 500x is on one token; the floor alone is %.0fx here)", floorSpeedUp));
            }
            ratio("B7 cache hit (" + tokens + ") vs its floor (the token's SHA-256 + one ConcurrentHashMap lookup), "
                + "ns/call", "VerifyBenchmark.cached@" + workingSet, "VerifyBenchmark.floor@" + workingSet, 1.5);
        }

        Statistics latency = single(settled().param("workingSet", manyTokens), "VerifyBenchmark.cachedLatency", 1);
        double p99 = latency.getPercentile(99);
        row("B7 cache hit latency on one thread, ns: p99 (p50, p99.9)", fmt(p99), "p50 " + fmt(latency.getPercentile(50))
            + ", p99.9 " + fmt(latency.getPercentile(99.9)), Double.NaN, "p99 <= 5,000 ns", p99 <= 5000);

        double one = single(settled().param("workingSet", manyTokens), "VerifyBenchmark.cachedThroughput", 1).getMean();
        double many = single(settled().param("workingSet", manyTokens), "VerifyBenchmark.cachedThroughput", 64)
            .getMean();
        row("B7 cache hits/s on " + manyTokensText + ": 64 threads (SDK column) vs 1 thread (raw column), "
            + Runtime.getRuntime().availableProcessors() + " cores", fmt(many), fmt(one), many / one, "> 1.00",
            many / one > 1.0);

        interleaved(rounds, timed(quick ? 1 : 3, quick ? 2 : 5), "FilterBenchmark.withFilter",
            "FilterBenchmark.withoutFilter");
        ratio("B7 embedded Tomcat request with DuctapeSessionFilter (cache hit) vs without, µs/request",
            "FilterBenchmark.withFilter", "FilterBenchmark.withoutFilter", 1.10);

        String entries = quick ? "10000" : "100000";
        interleaved(quick ? 1 : 2, new OptionsBuilder().warmupIterations(quick ? 1 : 3)
            .measurementIterations(quick ? 2 : 6).param("entries", entries).param("revoked", "1000"),
            "RevocationBenchmark.sdk", "RevocationBenchmark.scan");
        Statistics indexed = scores.get("RevocationBenchmark.sdk");
        Statistics scan = scores.get("RevocationBenchmark.scan");
        // ms per shot of 1,000 revocations is µs per revocation
        row("B7 forgetting one revoked session with " + String.format(Locale.ROOT, "%,d", Long.parseLong(entries))
            + " cached answers, µs per revocation: the verifier's index (SDK column) vs a scan of the cache, as "
            + "before the index (raw column)", withError(indexed), withError(scan), indexed.getMean() / scan.getMean(),
            "<= 0.01", indexed.getMean() / scan.getMean() <= 0.01);
    }

    /** B13: tracing on (every span sampled and exported) against off, for B1's call and for a verifier hit. */
    private void tracing(int rounds) throws RunnerException {
        // a span pair costs a few microseconds on a call of hundreds: twice B1's forks, so the ratio reads them
        interleaved(quick ? 1 : 2 * rounds, timed(quick ? 1 : 5, quick ? 1 : 5), "TracingBenchmark.fetchTraced",
            "TracingBenchmark.fetchUntraced");
        ratio("B13 B1's fetchActivityLogs traced (sampled, batch-exported to memory) vs untraced, µs/call",
            "TracingBenchmark.fetchTraced", "TracingBenchmark.fetchUntraced", 1.05);
        interleaved(quick ? 1 : 2 * rounds, settled(), "TracingBenchmark.hitTraced", "TracingBenchmark.hitUntraced");
        ratio("B13 cache hit (1,000 tokens) of a traced verifier (hits not traced) vs untraced, ns/call",
            "TracingBenchmark.hitTraced", "TracingBenchmark.hitUntraced", 1.05);
    }

    /** B11: a WebFlux request through the web filter against none; a verifyAsync hit against a verify hit. */
    private void asyncVerification(int rounds) throws RunnerException {
        // A loopback request's fork-to-fork spread (±30 µs on ~140) dwarfs the filter's few microseconds:
        // twice the forks and longer iterations than elsewhere, so the ratio reads the filter, not the forks.
        interleaved(quick ? 1 : 2 * rounds, timed(quick ? 1 : 5, quick ? 2 : 10), "WebFilterBenchmark.withFilter",
            "WebFilterBenchmark.withoutFilter");
        ratio("B11 WebFlux request on Reactor Netty with DuctapeSessionWebFilter (cache hit) vs without, µs/request",
            "WebFilterBenchmark.withFilter", "WebFilterBenchmark.withoutFilter", 1.10);
        variant(rounds, settled().param("workingSet", manyTokens), "@async", "VerifyBenchmark.cachedAsync",
            "VerifyBenchmark.cached");
        ratio("B11 cache hit (" + manyTokensText + ") through verifyAsync (a completed future) vs through verify, ns/call",
            "VerifyBenchmark.cachedAsync@async", "VerifyBenchmark.cached@async", 1.3);
    }

    /** B14: a Jersey request on Grizzly through the Jakarta REST filter (a cache hit) against none. */
    private void jakartaRest(int rounds) throws RunnerException {
        // as B11: a loopback request's fork-to-fork spread dwarfs the filter, so twice the forks, longer iterations
        interleaved(quick ? 1 : 2 * rounds, timed(quick ? 1 : 5, quick ? 2 : 10),
            "JakartaRestFilterBenchmark.withFilter", "JakartaRestFilterBenchmark.withoutFilter");
        ratio("B14 Jersey request on Grizzly with DuctapeSessionRequestFilter (cache hit) vs without, µs/request",
            "JakartaRestFilterBenchmark.withFilter", "JakartaRestFilterBenchmark.withoutFilter", 1.10);
    }

    /** B12: the Redis fleet: propagation across three JVMs, its hit path against B7's floor, shared verifies. */
    private void fleet(int rounds, int revocations) throws Exception {
        try (FleetBench bench = new FleetBench()) {
            bench.propagation(quick ? 20 : 100);
            double[] millis = bench.propagation(revocations);
            double p50 = FleetBench.percentile(millis, 50);
            double p99 = FleetBench.percentile(millis, 99);
            String count = String.format(Locale.ROOT, "%,d", revocations);
            row("B12 propagation: revoke returning on A to B and C refusing the token, 3 JVMs on loopback Redis, "
                + count + " revocations, ms: p50 (p99 in the raw column)", fmt(p50), "p99 " + fmt(p99) + ", max "
                + fmt(millis[millis.length - 1]), Double.NaN, "p50 <= 2 ms, p99 <= 20 ms", p50 <= 2 && p99 <= 20);
            int tokens = quick ? 100 : 1_000;
            double spread = bench.verifiesPerToken(tokens, false);
            row("B12 Ductape verifies per new token, 3 instances verifying it one after another, shared cache on ("
                + String.format(Locale.ROOT, "%,d", tokens) + " tokens)", fmt(spread), "-", Double.NaN, "<= 1.05",
                spread <= 1.05);
            double atOnce = bench.verifiesPerToken(tokens, true);
            informative("B12 Ductape verifies per new token, 3 instances verifying it at the same moment (no lock "
                + "across instances: each may miss)", fmt(atOnce), "-", atOnce, "none (the goal is not a lock)");
        }
        interleaved(rounds, settled().param("tokens", manyTokens), "FleetVerifyBenchmark.cachedWithFleet",
            "FleetVerifyBenchmark.floor");
        ratio("B12 cache hit (" + manyTokensText + ") with the Redis fleet attached vs B7's floor (SHA-256 + one "
            + "ConcurrentHashMap lookup), same run, ns/call", "FleetVerifyBenchmark.cachedWithFleet",
            "FleetVerifyBenchmark.floor", 1.5);
    }

    /** B10: a verify through Ductape's SDK proxy against a raw client doing the same, and the encryption alone. */
    private void proxy(int rounds) throws RunnerException {
        interleaved(rounds, timed(quick ? 1 : 5, quick ? 1 : 5), "ProxyBenchmark.sdk", "ProxyBenchmark.raw");
        ratio("B10 verify through the SDK proxy (1 KB payload: JSON, AES-256-CBC, base64, HTTP, decode) vs raw OkHttp "
            + "+ Jackson + javax.crypto, µs/call", "ProxyBenchmark.sdk", "ProxyBenchmark.raw", 1.05);
        interleaved(rounds, timed(quick ? 1 : 3, quick ? 1 : 5), "ProxyCipherBenchmark.sdk",
            "ProxyCipherBenchmark.perCall");
        Statistics encryption = scores.get("ProxyCipherBenchmark.sdk");
        Statistics perCall = scores.get("ProxyCipherBenchmark.perCall");
        informative("B10 encrypting a 1 KB payload, µs: the SDK's ProxyCipher (key derived once, one Cipher per "
            + "thread) vs key and Cipher made on every call", withError(encryption), withError(perCall),
            encryption.getMean() / perCall.getMean(), "reported");
        Statistics call = scores.get("ProxyBenchmark.sdk");
        informative("B10 the encryption's share of one proxied verify: encryption µs (SDK column) of the call's µs "
            + "(raw column)", withError(encryption), withError(call), encryption.getMean() / call.getMean(),
            "reported");
    }

    /** B9: the HTML report of 90 days of hourly buckets, every one busy: its size and median render time. */
    private void report(int renders) {
        java.util.Random random = new java.util.Random(90);
        List<app.ductape.sessions.model.OperationsOverTime> operations = new ArrayList<>();
        List<app.ductape.sessions.model.SessionsOverTime> sessions = new ArrayList<>();
        java.time.Instant start = java.time.Instant.parse("2026-08-22T00:00:00Z");
        for (int hour = 0; hour < 90 * 24; hour++) {
            String period = start.plusSeconds(3600L * hour).toString().substring(0, 13);
            operations.add(new app.ductape.sessions.model.OperationsOverTime(period, 100 + random.nextInt(900),
                1000 + random.nextInt(9000), 50 + random.nextInt(500), 10 + random.nextInt(90)));
            sessions.add(new app.ductape.sessions.model.SessionsOverTime(period, 100 + random.nextInt(900),
                90 + random.nextInt(900)));
        }
        app.ductape.sessions.model.SessionDashboard dashboard = new app.ductape.sessions.model.SessionDashboard(
            120_000, 9_000, 1_200_000, 40_000, 1_100_000, 99.2, 0.8, 41.5, sessions, operations,
            List.of());
        double[] millis = new double[renders];
        int bytes = 0;
        for (int i = -5; i < renders; i++) {
            long started = System.nanoTime();
            String html = app.ductape.sessions.report.DashboardReport.builder().title("90 days, hourly")
                .dashboard(dashboard).build().render();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
                bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        Arrays.sort(millis);
        row("B9 HTML report of 90 days of hourly buckets (2,160, all busy): size in bytes (SDK column) and median "
            + "build + render time in ms (raw column)", String.format(Locale.ROOT, "%,d", bytes), fmt(millis[renders / 2]),
            Double.NaN, "< 1,000,000 bytes", bytes < 1_000_000);
    }

    /** B8: archiving into SQLite and PostgreSQL, the SDK's archive against a raw loop, records/s. */
    private void archive(int records, int rounds) throws Exception {
        try (ArchiveBench bench = new ArchiveBench(records)) {
            bench.warmUp();
            for (String database : List.of("sqlite", "postgresql")) {
                List<ArchiveBench.Runs> runs = bench.measure(database, rounds);
                double sdk = mean(runs.get(0).recordsPerSecond());
                double raw = mean(runs.get(1).recordsPerSecond());
                row("B8 archive " + String.format(Locale.ROOT, "%,d", records) + " Ductape records into " + database
                    + " under -Xmx128m, records/s (mean of " + rounds + ")", fmt(sdk), fmt(raw), sdk / raw, ">= 0.80",
                    sdk / raw >= 0.80);
                double early = mean(runs.get(0).earlyHeap());
                double late = mean(runs.get(0).lateHeap());
                row("B8 " + database + ": SDK heap after GC at 10% / at the last page, MiB (raw side in the raw column)",
                    fmt(early) + " / " + fmt(late), fmt(mean(runs.get(1).earlyHeap())) + " / "
                        + fmt(mean(runs.get(1).lateHeap())), late / early, "bounded (<= 1.5)", late / early <= 1.5);
            }
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** One fork of one benchmark on {@code threads} threads: the statistics of all its measured samples. */
    private static Statistics single(ChainedOptionsBuilder options, String benchmark, int threads)
        throws RunnerException {
        Options one = new OptionsBuilder().parent(options.build()).include("\\." + benchmark.replace(".", "\\.") + "$")
            .forks(1).threads(threads).build();
        return new Runner(one).runSingle().getPrimaryResult().getStatistics();
    }

    /**
     * The timing of the verifier's figures. Each fork's setup makes 10,000 proxied starts (1,000 in the quick smoke) in the benchmark's
     * JVM, and the ~10 s after it go to collecting that garbage and compiling: a hit then swings from 0.5
     * to 2.5 µs and its p99 reads 11 to 15 µs. Ten warm-up seconds measure the hit, not the setup.
     */
    private ChainedOptionsBuilder settled() {
        return timed(quick ? 1 : 10, quick ? 2 : 5);
    }

    private static ChainedOptionsBuilder timed(int warmups, int measurements) {
        return new OptionsBuilder().warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
            .measurementIterations(measurements).measurementTime(TimeValue.seconds(1));
    }

    /**
     * Runs every benchmark in {@code rounds} rounds of one fork each, alternating which side goes
     * first, and pools the iterations: drift on a shared machine (another process, thermal state)
     * then lands on both sides alike instead of on whichever ran later.
     */
    private void interleaved(int rounds, ChainedOptionsBuilder options, String... benchmarks) throws RunnerException {
        variant(rounds, options, "", benchmarks);
    }

    /** As above, with the results kept under each benchmark's name plus {@code key} (a variant's name). */
    private void variant(int rounds, ChainedOptionsBuilder options, String key, String... benchmarks)
        throws RunnerException {
        for (int round = 0; round < rounds; round++) {
            List<String> order = new ArrayList<>(Arrays.asList(benchmarks));
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (String benchmark : order) {
                Options one = new OptionsBuilder().parent(options.build()).include("\\." + benchmark.replace(".", "\\.") + "$")
                    .forks(1).build();
                for (RunResult result : new Runner(one).run()) {
                    collect(benchmark + key, result);
                }
            }
        }
    }

    private void collect(String benchmark, RunResult result) {
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                scores.computeIfAbsent(benchmark, k -> new ListStatistics())
                    .addValue(iteration.getPrimaryResult().getScore());
                iteration.getSecondaryResults().forEach((key, secondary) -> {
                    if (key.endsWith("gc.alloc.rate.norm")) {
                        allocations.computeIfAbsent(benchmark, k -> new ListStatistics())
                            .addValue(secondary.getScore());
                    }
                });
            }
        }
    }

    private void ratio(String figure, String sdk, String raw, double target) {
        Statistics s = scores.get(sdk);
        Statistics r = scores.get(raw);
        double ratio = s.getMean() / r.getMean();
        row(figure, withError(s), withError(r), ratio, "<= " + String.format(Locale.ROOT, "%.2f", target),
            ratio <= target);
    }

    /** For single-shot benchmarks measured in ms per shot: {@code work} units per second, SDK over raw. */
    private void throughputRatio(String figure, String sdk, String raw, double work, double target) {
        Statistics s = scores.get(sdk);
        Statistics r = scores.get(raw);
        double sdkRate = work * 1000 / s.getMean();
        double rawRate = work * 1000 / r.getMean();
        double ratio = sdkRate / rawRate;
        row(figure, fmt(sdkRate) + " (" + withError(s) + " ms/shot)", fmt(rawRate) + " (" + withError(r)
            + " ms/shot)", ratio, ">= " + String.format(Locale.ROOT, "%.2f", target), ratio >= target);
    }

    private void coldStart(int runs) throws IOException, InterruptedException {
        try (CannedServer server = new CannedServer(1)) {
            launch("sdk", server.baseUrl());
            launch("raw", server.baseUrl());
            double[] sdk = new double[runs];
            double[] raw = new double[runs];
            for (int i = 0; i < runs; i++) {
                sdk[i] = launch("sdk", server.baseUrl());
                raw[i] = launch("raw", server.baseUrl());
            }
            double sdkMean = Arrays.stream(sdk).average().orElseThrow();
            double rawMean = Arrays.stream(raw).average().orElseThrow();
            row("B5 cold start to first fetchDashboard, whole process, ms (mean of " + runs + ")",
                fmt(sdkMean) + " ± " + fmt(stddev(sdk)), fmt(rawMean) + " ± " + fmt(stddev(raw)), sdkMean / rawMean,
                "<= 1.30", sdkMean / rawMean <= 1.30);
        }
    }

    private static double launch(String side, String baseUrl) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            ColdStart.class.getName(), side, baseUrl).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cold start of " + side + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private void emulator(int operations) {
        long seeding = System.nanoTime();
        try (DuctapeEmulator emulator = DuctapeEmulator.builder()
            .seed(EmulatorSeed.generate(7, 20_000, operations, 30)).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            double seeded = (System.nanoTime() - seeding) / 1e9;
            FetchSessionDashboardOptions dashboard = FetchSessionDashboardOptions.builder().session("user-session")
                .build();
            FetchSessionActivityLogsOptions logs = FetchSessionActivityLogsOptions.builder().session("user-session")
                .build();
            double dashboardMedian = median(sessions, 25, () -> sessions.fetchDashboard(dashboard));
            double logsMedian = median(sessions, 100, () -> sessions.fetchActivityLogs(logs));
            String ops = String.format(Locale.ROOT, "%,d", operations);
            row("B6 emulator fetchDashboard over " + ops + " operations, median ms (seeded in "
                + String.format(Locale.ROOT, "%.0f", seeded) + " s)", fmt(dashboardMedian), "-", Double.NaN,
                "< 200 ms", dashboardMedian < 200);
            row("B6 emulator fetchActivityLogs page 1 over " + ops + " operations, median ms", fmt(logsMedian), "-",
                Double.NaN, "< 20 ms", logsMedian < 20);
        }
    }

    private static double median(SessionsService sessions, int samples, Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[samples / 2];
    }

    private void row(String figure, String sdk, String raw, double ratio, String target, boolean pass) {
        rows.add("| " + figure + " | " + sdk + " | " + raw + " | "
            + (Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.3f", ratio)) + " | " + target + " | "
            + (pass ? "pass" : "**miss**") + " |");
    }

    /** A figure shown for what it tells, without a target of its own. */
    private void informative(String figure, String sdk, String raw, double ratio, String why) {
        rows.add("| " + figure + " | " + sdk + " | " + raw + " | " + String.format(Locale.ROOT, "%.3f", ratio) + " | "
            + why + " | - |");
    }

    private static String withError(Statistics statistics) {
        return fmt(statistics.getMean()) + " ± " + fmt(statistics.getMeanErrorAt(0.999));
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "n/a" : value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
            : String.format(Locale.ROOT, "%.2f", value);
    }

    private static double stddev(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1));
    }

    private void write(long elapsedNanos, int rounds) throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
            + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap for the runner, "
            + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        String table = String.join("\n", List.of(
            "# Benchmarks: the SDK against raw OkHttp + Jackson",
            "",
            (quick ? "Quick smoke run (`-Dbench.quick=true`): few iterations, B3 on 100 pages, B6 on 100,000 "
                + "operations; figures are indicative only." : "Full run."),
            "",
            "- Date: " + LocalDate.now(ZoneOffset.UTC),
            "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
            "- Machine: " + machine,
            "- Wall time of the suite: " + String.format(Locale.ROOT, "%.0f", elapsedNanos / 1e9) + " s",
            "- Command: `mvn -q -ntp -pl sdk-bench -am verify -DskipTests -Pbench`" + (quick ? " -Dbench.quick" : ""),
            "",
            "Ratios are SDK / raw (for B3 and B4, throughput SDK / raw). Each JMH figure pools " + rounds
                + " interleaved forks per side (SDK and raw alternate which goes first), and shows the mean of "
                + "their iterations with its 99.9% error. B3 and B4 are single shots (the whole listing, the "
                + "1,000 calls) given with their time per shot.",
            "",
            "| Figure | SDK | Raw | Ratio | Target | Result |",
            "|---|---|---|---|---|---|",
            String.join("\n", rows),
            ""));
        Path out = !only.isEmpty() ? Path.of("sdk-bench", "target", "benchmarks-" + String.join("-", only) + ".md")
            : quick ? Path.of("sdk-bench", "target", "benchmarks-quick.md") : Path.of("docs", "benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
        System.out.println("Written to " + out.toAbsolutePath());
    }
}
