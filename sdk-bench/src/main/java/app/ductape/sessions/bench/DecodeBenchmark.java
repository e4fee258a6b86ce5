package app.ductape.sessions.bench;

import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B2: the 1,000 logs of a page from bytes in memory, into the SDK's records (its mapper and
 * {@code SessionActivityLog}'s deserializer) vs raw Jackson into plain classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {
    private byte[] logs;
    private ObjectReader sdkReader;
    private ObjectReader rawReader;

    @Setup
    public void setUp() {
        logs = Payloads.logsArray(1000).getBytes(StandardCharsets.UTF_8);
        sdkReader = JsonMappers.newMapper().readerFor(new TypeReference<List<SessionActivityLog>>() {});
        rawReader = RawModels.mapper().readerFor(new TypeReference<List<RawModels.Log>>() {});
    }

    @Benchmark
    public List<SessionActivityLog> sdk() throws IOException {
        return sdkReader.readValue(logs);
    }

    @Benchmark
    public List<RawModels.Log> raw() throws IOException {
        return rawReader.readValue(logs);
    }
}
