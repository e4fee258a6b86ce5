package app.ductape.sessions.connectors.saymon;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.transport.AsyncListing;
import app.ductape.sessions.transport.Auth;
import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.HttpApiClient;
import app.ductape.sessions.transport.Listing;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A client of SAYMON's users' sessions log, on the SDK's transport (retries, timeouts, size limit,
 * redaction, {@link SessionError}). Thread-safe and {@link AutoCloseable}.
 *
 * <pre>{@code
 * try (SaymonClient saymon = SaymonClient.builder().baseUrl("https://saymon.example.com")
 *         .login("monitor").password(password).build()) {
 *     for (SaymonSessionRecord session : saymon.sessionLog(SaymonSessionLogOptions.builder().limit(500).build())) { ...
 * }
 * }
 * }</pre>
 *
 * <p>Calls fail with {@link SaymonErrorCode#FETCH_USERS_SESSIONS_LOG_FAILED}; a 403 says the user lacks the
 * {@code read-session-log} permission, and a message SAYMON nests as JSON text is surfaced unwrapped.
 */
public final class SaymonClient implements AutoCloseable {
    /** Records per request when auto-paging with options that set no {@code limit}. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final TypeReference<List<SaymonSessionRecord>> RECORDS = new TypeReference<>() {};
    private static final BodyDecoder<List<SaymonSessionRecord>> DECODER = BodyDecoder.json(RECORDS);

    private final HttpApiClient api;

    private SaymonClient(HttpApiClient api) {
        this.api = api;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One request: the records the options select, newest first.
     *
     * @param options the options
     * @return one request: the records the options select, newest first
     * @throws SessionError with {@code FETCH_USERS_SESSIONS_LOG_FAILED}
     */
    public List<SaymonSessionRecord> fetchSessionLog(SaymonSessionLogOptions options) {
        return fetchSessionLog(options, RequestOptions.none());
    }

    /**
     * {@link #fetchSessionLog(SaymonSessionLogOptions)} with per-call timeout, retries and headers.
     *
     * @param options the options
     * @param requestOptions the request options
     * @return {@link #fetchSessionLog(SaymonSessionLogOptions)} with per-call timeout, retries and headers
     */
    public List<SaymonSessionRecord> fetchSessionLog(SaymonSessionLogOptions options, RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.execute(call(options, requestOptions));
    }

    /**
     * Every record the options select, fetched lazily with {@code skip}/{@code limit} one page at a time
     * (the options' {@code limit} is the page size, {@value #DEFAULT_PAGE_SIZE} when unset; paging starts at
     * their {@code skip}). It stops after a page shorter than the page size. As {@code skip} counts from the
     * newest record, sessions that start while you read shift the pages: pin {@code to} for a stable read.
     *
     * @param options the options
     * @return every record the options select, fetched lazily with {@code skip}/{@code limit} one page at a time (the
     *         options' {@code limit} is the page size, {@value #DEFAULT_PAGE_SIZE} when unset; paging starts at their
     * {@code
     *         skip})
     */
    public Listing<SaymonSessionRecord> sessionLog(SaymonSessionLogOptions options) {
        return sessionLog(options, RequestOptions.none());
    }

    /**
     * {@link #sessionLog(SaymonSessionLogOptions)} with the same request options on every page.
     *
     * @param options the options
     * @param requestOptions the request options
     * @return {@link #sessionLog(SaymonSessionLogOptions)} with the same request options on every page
     */
    public Listing<SaymonSessionRecord> sessionLog(SaymonSessionLogOptions options, RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(requestOptions, "requestOptions");
        return api.listing(firstSkip(options), skip -> page(options, skip, requestOptions));
    }

    /**
     * {@link #sessionLog(SaymonSessionLogOptions)} read without blocking, each page after the one before.
     *
     * @param options the range; their {@code limit} is the page size, their {@code skip} where to start
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<SaymonSessionRecord> sessionLogAsync(SaymonSessionLogOptions options) {
        return sessionLogAsync(options, RequestOptions.none());
    }

    /**
     * {@link #sessionLogAsync(SaymonSessionLogOptions)} with the same request options on every page.
     *
     * @param options        the range; their {@code limit} is the page size, their {@code skip} where to start
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<SaymonSessionRecord> sessionLogAsync(SaymonSessionLogOptions options,
                                                            RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(requestOptions, "requestOptions");
        return api.listingAsync(firstSkip(options), skip -> page(options, skip, requestOptions));
    }

    private static int firstSkip(SaymonSessionLogOptions options) {
        return options.skip() != null ? options.skip() : 0;
    }

    /** The page at {@code skip}; a page shorter than the page size is the last. */
    private static HttpApiCall<Listing.Page<SaymonSessionRecord, Integer>> page(SaymonSessionLogOptions options,
                                                                               int skip, RequestOptions requestOptions) {
        int pageSize = options.limit() != null ? options.limit() : DEFAULT_PAGE_SIZE;
        return call(options.toBuilder().skip(skip).limit(pageSize).build(), requestOptions)
            .map(records -> new Listing.Page<>(records, records.size() < pageSize ? null : skip + records.size()));
    }

    private static HttpApiCall<List<SaymonSessionRecord>> call(SaymonSessionLogOptions options,
                                                              RequestOptions requestOptions) {
        return HttpApiCall.get("fetchSessionLog", SaymonErrorCode.FETCH_USERS_SESSIONS_LOG_FAILED, "node", "api", "users",
                "session", "log")
            .query("from", options.from() == null ? null : options.from().toEpochMilli())
            .query("to", options.to() == null ? null : options.to().toEpochMilli())
            .query("limit", options.limit())
            .query("skip", options.skip())
            .options(requestOptions)
            .build(DECODER);
    }

    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "SaymonClient[" + api + "]";
    }

    /** Builds a {@link SaymonClient}: {@code baseUrl}, {@code login} and {@code password} are required. */
    public static final class Builder {
        private String baseUrl;
        private String login;
        private String password;
        private Consumer<HttpApiClient.Builder> transport = builder -> { };

        private Builder() {}

        /**
         * The SAYMON server's root, such as {@code https://saymon.example.com} (a path prefix is kept).
         *
         * @param baseUrl the SAYMON server's root, such as {@code https://saymon.example.com} (a path prefix is kept)
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The login of a user with the {@code read-session-log} permission.
         *
         * @param login the login of a user with the {@code read-session-log} permission
         * @return this builder
         */
        public Builder login(String login) {
            this.login = login;
            return this;
        }

        /**
         * That user's password (sent with HTTP Basic; masked everywhere).
         *
         * @param password that user's password (sent with HTTP Basic; masked everywhere)
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Tunes the transport: timeouts, retries, size limit, a shared {@code OkHttpClient},
         * {@code allowInsecureHttp}. The base URL, authentication and error reading are the connector's.
         *
         * @param transport tunes the transport: timeouts, retries, size limit, a shared {@code OkHttpClient}, {@code
         *                  allowInsecureHttp}
         * @return this builder
         */
        public Builder transport(Consumer<HttpApiClient.Builder> transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return builds the client
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public SaymonClient build() {
            HttpApiClient.Builder api = HttpApiClient.builder();
            transport.accept(api);
            return new SaymonClient(api.baseUrl(baseUrl).auth(Auth.basic(login, password))
                .errorReader(new SaymonErrors()).build());
        }
    }
}
