package app.ductape.sessions.connectors.calwe;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.transport.AsyncListing;
import app.ductape.sessions.transport.Auth;
import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.HttpApiClient;
import app.ductape.sessions.transport.Listing;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * A client of the Calwe session log on the SDK's transport: read a session's log page by page or
 * auto-paged, and add entries. Bearer authentication; customer or coach endpoints by {@link CalweRole}.
 * Thread-safe and {@link AutoCloseable}.
 *
 * <p>Failures are {@link SessionError}s: {@code FETCH_SESSION_LOG_FAILED} or {@code
 * CREATE_SESSION_LOG_FAILED}, or more precisely {@code CALWE_SESSION_NOT_FOUND} (404), {@code
 * SESSION_ALREADY_ENDED} (422 for a session that has ended) and {@code VALIDATION_FAILED} (422 with field
 * errors, in {@link SessionError#fieldErrors()}). The server's message, possibly Arabic, is kept as sent.
 */
public final class CalweClient implements AutoCloseable {
    private static final BodyDecoder<CalweLogPage> PAGE = CalweWire.envelope(CalweLogPage.class);
    private static final BodyDecoder<CalweLogEntry> ENTRY = CalweWire.envelope(CalweLogEntry.class);

    private final HttpApiClient api;
    private final CalweRole role;

    private CalweClient(HttpApiClient api, CalweRole role) {
        this.api = api;
        this.role = role;
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
     * Whose endpoints this client calls.
     *
     * @return whose endpoints this client calls
     */
    public CalweRole role() {
        return role;
    }

    /**
     * One page of a session's log.
     *
     * @param options the options
     * @param sessionId the session id
     * @return one page of a session's log
     * @throws IllegalArgumentException when {@code sessionId} is blank, {@code .} or {@code ..}
     * @throws SessionError             with {@code CALWE_SESSION_NOT_FOUND} or {@code FETCH_SESSION_LOG_FAILED}
     */
    public CalweLogPage fetchSessionLog(String sessionId, CalweLogOptions options) {
        return fetchSessionLog(sessionId, options, RequestOptions.none());
    }

    /**
     * {@link #fetchSessionLog(String, CalweLogOptions)} with per-call request options.
     *
     * @param options the options
     * @param requestOptions the request options
     * @param sessionId the session id
     * @return {@link #fetchSessionLog(String, CalweLogOptions)} with per-call request options
     */
    public CalweLogPage fetchSessionLog(String sessionId, CalweLogOptions options, RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        Map<String, String> query = new LinkedHashMap<>();
        putIfSet(query, "per_page", options.perPage());
        putIfSet(query, "page", options.page());
        return api.execute(pageCall(requireSessionId(sessionId), query, requestOptions));
    }

    /**
     * Every entry of a session's log, from the options' page on, fetched lazily by following each page's
     * {@code next_page_url}. Only that URL's query (the page number) is taken: the request goes to this
     * client's base URL with this client's credentials, whatever host the server names, and keeps the
     * options' {@code per_page} when the link leaves it out (Laravel's links carry only {@code page}).
     *
     * @param options the options
     * @param sessionId the session id
     * @return every entry of a session's log, from the options' page on, fetched lazily by following each page's {@code
     *         next_page_url}
     */
    public Listing<CalweLogEntry> sessionLog(String sessionId, CalweLogOptions options) {
        return sessionLog(sessionId, options, RequestOptions.none());
    }

    /**
     * {@link #sessionLog(String, CalweLogOptions)} with the same request options on every page.
     *
     * @param sessionId      the session whose log to read
     * @param options        the first page and the page size
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; a page that fails throws its {@link SessionError} from the iterator
     * @throws IllegalArgumentException when {@code sessionId} is blank, {@code .} or {@code ..}
     */
    public Listing<CalweLogEntry> sessionLog(String sessionId, CalweLogOptions options, RequestOptions requestOptions) {
        return api.listing(null, pages(requireSessionId(sessionId), options, requestOptions));
    }

    /**
     * {@link #sessionLog(String, CalweLogOptions)} read without blocking.
     *
     * @param sessionId the session whose log to read
     * @param options   the first page and the page size
     * @return the listing; nothing is fetched before it is read
     * @throws IllegalArgumentException when {@code sessionId} is blank, {@code .} or {@code ..}
     */
    public AsyncListing<CalweLogEntry> sessionLogAsync(String sessionId, CalweLogOptions options) {
        return sessionLogAsync(sessionId, options, RequestOptions.none());
    }

    /**
     * {@link #sessionLogAsync(String, CalweLogOptions)} with the same request options on every page.
     *
     * @param sessionId      the session whose log to read
     * @param options        the first page and the page size
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; nothing is fetched before it is read
     * @throws IllegalArgumentException when {@code sessionId} is blank, {@code .} or {@code ..}
     */
    public AsyncListing<CalweLogEntry> sessionLogAsync(String sessionId, CalweLogOptions options,
                                                       RequestOptions requestOptions) {
        return api.listingAsync(null, pages(requireSessionId(sessionId), options, requestOptions));
    }

    /**
     * The page at a {@code next_page_url} ({@code null}: the options' first page). Only the link's query is
     * kept, sent to this client's base URL.
     */
    private Function<String, HttpApiCall<Listing.Page<CalweLogEntry, String>>> pages(String id, CalweLogOptions options,
                                                                                   RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(requestOptions, "requestOptions");
        return next -> {
            Map<String, String> query = new LinkedHashMap<>();
            putIfSet(query, "per_page", options.perPage());
            if (next == null) {
                putIfSet(query, "page", options.page());
            } else {
                HttpUrl url = HttpUrl.parse(next);
                if (url == null) {
                    throw SessionError.builder(CalweErrorCode.FETCH_SESSION_LOG_FAILED, "fetchSessionLog")
                        .detail("the next_page_url is not an http(s) URL: " + next).build();
                }
                for (String name : url.queryParameterNames()) {
                    query.put(name, url.queryParameter(name));
                }
            }
            return pageCall(id, query, requestOptions)
                .map(page -> new Listing.Page<>(page.entries(), page.next().orElse(null)));
        };
    }

    /**
     * Adds an entry to a session's log.
     *
     * @param actionType the action type
     * @param sessionId the session id
     * @return the entry as the server recorded it
     * @throws IllegalArgumentException when {@code sessionId} is invalid or {@code actionType} is {@code UNKNOWN}
     * @throws SessionError             with {@code CALWE_SESSION_NOT_FOUND}, {@code SESSION_ALREADY_ENDED}, {@code
     *                                  VALIDATION_FAILED} or {@code CREATE_SESSION_LOG_FAILED}
     */
    public CalweLogEntry createLogEntry(String sessionId, CalweActionType actionType) {
        return createLogEntry(sessionId, actionType, RequestOptions.none());
    }

    /**
     * {@link #createLogEntry(String, CalweActionType)} with per-call request options. Unlike reads, it is not
     * retried unless {@code requestOptions} sets {@code maxRetries}: Calwe documents no idempotency keys, so
     * a retried POST whose first attempt reached the server would log the entry twice.
     *
     * @param actionType the action type
     * @param requestOptions the request options
     * @param sessionId the session id
     * @return {@link #createLogEntry(String, CalweActionType)} with per-call request options
     */
    public CalweLogEntry createLogEntry(String sessionId, CalweActionType actionType, RequestOptions requestOptions) {
        String id = requireSessionId(sessionId);
        if (actionType == null || actionType == CalweActionType.UNKNOWN) {
            throw new IllegalArgumentException("`actionType` must be one of ENTERED, LEFT, ENDED, CANCELLED, "
                + "TEMPORARILY_LEFT, CANCEL_REQUEST, SESSION_PERIOD, but was " + actionType);
        }
        return api.execute(HttpApiCall.post("createLogEntry", CalweErrorCode.CREATE_SESSION_LOG_FAILED, "v1",
                role.segment(), "sessions", id, "log")
            .notFound(CalweErrorCode.CALWE_SESSION_NOT_FOUND)
            .body(Map.of("action_type", actionType.name()))
            .options(requestOptions.maxRetries() != null ? requestOptions
                : requestOptions.toBuilder().maxRetries(0).build())
            .build(ENTRY));
    }

    private HttpApiCall<CalweLogPage> pageCall(String sessionId, Map<String, String> query,
                                               RequestOptions requestOptions) {
        HttpApiCall.Builder call = HttpApiCall.get("fetchSessionLog", CalweErrorCode.FETCH_SESSION_LOG_FAILED, "v1",
                role.segment(), "sessions", sessionId, "log")
            .notFound(CalweErrorCode.CALWE_SESSION_NOT_FOUND)
            .options(requestOptions);
        query.forEach(call::query);
        return call.build(PAGE);
    }

    private static void putIfSet(Map<String, String> query, String name, Integer value) {
        if (value != null) {
            query.put(name, value.toString());
        }
    }

    private static String requireSessionId(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("`sessionId` is required, but was " + (sessionId == null ? "not set"
                : "blank"));
        }
        if (sessionId.equals(".") || sessionId.equals("..")) {
            throw new IllegalArgumentException("`sessionId` must not be '.' or '..', but was '" + sessionId + "'");
        }
        return sessionId;
    }

    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "CalweClient[" + role + ", " + api + "]";
    }

    /** Builds a {@link CalweClient}: {@code baseUrl} and {@code token} are required. */
    public static final class Builder {
        private String baseUrl;
        private String token;
        private CalweRole role = CalweRole.CUSTOMER;
        private Consumer<HttpApiClient.Builder> transport = builder -> { };

        private Builder() {}

        /**
         * The API's root, under which {@code /v1/...} is called (a path prefix is kept).
         *
         * @param baseUrl the API's root, under which {@code /v1/...} is called (a path prefix is kept)
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The bearer token (masked everywhere).
         *
         * @param token the bearer token (masked everywhere)
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Customer (default) or coach endpoints.
         *
         * @param role customer (default) or coach endpoints
         * @return this builder
         */
        public Builder role(CalweRole role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Tunes the transport (timeouts, retries, size limit, a shared OkHttpClient).
         *
         * @param transport tunes the transport (timeouts, retries, size limit, a shared OkHttpClient)
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
        public CalweClient build() {
            HttpApiClient.Builder api = HttpApiClient.builder();
            transport.accept(api);
            return new CalweClient(api.baseUrl(baseUrl).auth(Auth.bearer(token)).errorReader(CalweWire.ERRORS).build(),
                role);
        }
    }
}
