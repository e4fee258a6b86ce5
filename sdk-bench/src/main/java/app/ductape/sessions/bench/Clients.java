package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.bench.RawModels.Envelope;
import app.ductape.sessions.bench.RawModels.LogsPage;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The clients compared: the SDK, the optimal raw client and the client users write by hand. */
final class Clients {
    static final TypeReference<Envelope<LogsPage>> LOGS = new TypeReference<>() {};

    private Clients() {}

    /** The status of one request whose body is read whole: what a filter benchmark's request costs. */
    static int status(OkHttpClient http, Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            response.body().bytes();
            return response.code();
        }
    }

    /** Stops a benchmark's client: its threads and its pooled connections. */
    static void stop(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** One OkHttp configuration for every side, allowing {@code parallelism} calls at once to the host. */
    static OkHttpClient okHttp(int parallelism) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, parallelism));
        dispatcher.setMaxRequestsPerHost(Math.max(5, parallelism));
        return new OkHttpClient.Builder().dispatcher(dispatcher).connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
    }

    static final String WORKSPACE_ID = "ws_bench";
    static final String PUBLIC_KEY = "pk_bench";
    static final String USER_ID = "user_bench";
    static final String TOKEN = "token_bench";

    /** The SDK with workspace credentials, as Ductape's own clients authenticate. */
    static SessionsService sdk(String baseUrl, OkHttpClient okHttp) {
        return sdkBuilder(baseUrl, okHttp).build();
    }

    /** The builder of {@link #sdk}, for a benchmark that sets more. */
    static SessionsService.Builder sdkBuilder(String baseUrl, OkHttpClient okHttp) {
        return SessionsService.builder().workspaceId(WORKSPACE_ID).publicKey(PUBLIC_KEY).userId(USER_ID)
            .token(TOKEN).envType("prd").baseUrl(baseUrl).product("my-product").okHttpClient(okHttp);
    }

    /** Closes a benchmark's SDK client, then the OkHttp client both sides shared, then the server. */
    static void close(SessionsService sdk, OkHttpClient okHttp, CannedServer server) {
        sdk.close();
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        server.close();
    }

    /** The request the SDK's {@code fetchActivityLogs} sends: the same route, query and headers. */
    static Request logsRequest(String baseUrl, int page, int limit) {
        return new Request.Builder()
            .url(baseUrl + "/log/v1/workspace-logs/" + WORKSPACE_ID + "?user_id=" + USER_ID + "&public_key="
                + PUBLIC_KEY + "&type=session&session_tag=my-product%3Auser-session&product_tag=my-product&page="
                + page + "&limit=" + limit + "&include_counts=true")
            .header("Accept", "application/json").header("Authorization", "Bearer " + TOKEN).build();
    }

    /** Shared OkHttpClient, shared ObjectReader, decoding straight from the response stream. */
    static final class OptimalRaw {
        private final OkHttpClient http;
        private final ObjectReader reader;

        OptimalRaw(OkHttpClient http, ObjectMapper mapper) {
            this.http = http;
            this.reader = mapper.readerFor(LOGS);
        }

        LogsPage logs(String baseUrl, int page, int limit) throws IOException {
            try (Response response = http.newCall(logsRequest(baseUrl, page, limit)).execute();
                 InputStream body = response.body().byteStream()) {
                if (!response.isSuccessful()) {
                    throw new IOException("HTTP " + response.code());
                }
                Envelope<LogsPage> envelope = reader.readValue(body);
                if (!envelope.status) {
                    throw new IOException(envelope.message);
                }
                return envelope.data;
            }
        }
    }

    /** What most users write: the body as a String, then ObjectMapper.readValue. */
    static final class NaiveRaw {
        private final OkHttpClient http;
        private final ObjectMapper mapper;

        NaiveRaw(OkHttpClient http, ObjectMapper mapper) {
            this.http = http;
            this.mapper = mapper;
        }

        LogsPage logs(String baseUrl, int page, int limit) throws IOException {
            try (Response response = http.newCall(logsRequest(baseUrl, page, limit)).execute()) {
                String body = response.body().string();
                if (!response.isSuccessful()) {
                    throw new IOException("HTTP " + response.code());
                }
                Envelope<LogsPage> envelope = mapper.readValue(body, LOGS);
                if (!envelope.status) {
                    throw new IOException(envelope.message);
                }
                return envelope.data;
            }
        }
    }
}
