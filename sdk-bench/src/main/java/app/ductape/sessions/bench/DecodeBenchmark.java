package app.ductape.sessions.bench;

import app.ductape.sessions.transport.JsonMappers;
import app.ductape.sessions.model.SessionActivityLogsPage;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** B2: a 1,000-log page from bytes in memory, into the SDK's records vs raw Jackson into plain classes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {
    private byte[] page;
    private ObjectReader sdkReader;
    private ObjectReader rawReader;

    @Setup
    public void setUp() {
        page = Payloads.logsPage(1000, 1, 1000, 1000).getBytes(StandardCharsets.UTF_8);
        sdkReader = JsonMappers.newMapper().readerFor(SessionActivityLogsPage.class);
        rawReader = RawModels.mapper().readerFor(RawModels.LogsPage.class);
    }

    @Benchmark
    public SessionActivityLogsPage sdk() throws IOException {
        return sdkReader.readValue(page);
    }

    @Benchmark
    public RawModels.LogsPage raw() throws IOException {
        return rawReader.readValue(page);
    }
}
