package app.ductape.sessions.connectors.exavault;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.transport.AsyncListing;
import app.ductape.sessions.transport.Auth;
import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.HttpApiClient;
import app.ductape.sessions.transport.Listing;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A client of ExaVault's activity API v2 on the SDK's transport: session activity
 * ({@code GET /activity/session}) and webhook logs ({@code GET /activity/webhooks}), one page at a time
 * or auto-paged. Authenticates with the {@code ev-api-key} and {@code ev-access-token} headers (both
 * masked everywhere). Thread-safe and {@link AutoCloseable}.
 *
 * <p>ExaVault documents {@code totalResults} as always 0, so listings page with {@code offset}/{@code
 * limit} and stop when a page returns fewer than {@code limit}, never by the total. Failures are
 * {@link SessionError}s with {@code FETCH_SESSION_ACTIVITY_FAILED} or {@code FETCH_WEBHOOK_LOGS_FAILED},
 * carrying the {@code errors[].detail} (or {@code title}) as the server message and the first
 * {@code errors[].code} as the server code, also when ExaVault reports them with a 2xx status.
 */
public final class ExaVaultClient implements AutoCloseable {
    /** Entries per request when auto-paging with options that set no {@code limit}. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private final HttpApiClient api;

    private ExaVaultClient(HttpApiClient api) {
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
     * One page of session activity.
     *
     * @param options the options
     * @return one page of session activity
     * @throws SessionError with {@code FETCH_SESSION_ACTIVITY_FAILED}
     */
    public ExaVaultPage<ExaVaultSessionActivity> fetchSessionActivity(ExaVaultSessionActivityOptions options) {
        return fetchSessionActivity(options, RequestOptions.none());
    }

    /**
     * {@link #fetchSessionActivity(ExaVaultSessionActivityOptions)} with per-call request options.
     *
     * @param options the options
     * @param requestOptions the request options
     * @return {@link #fetchSessionActivity(ExaVaultSessionActivityOptions)} with per-call request options
     */
    public ExaVaultPage<ExaVaultSessionActivity> fetchSessionActivity(ExaVaultSessionActivityOptions options,
                                                                      RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.execute(sessionActivityCall(options, requestOptions));
    }

    /**
     * One page of webhook logs.
     *
     * @param options the options
     * @return one page of webhook logs
     * @throws SessionError with {@code FETCH_WEBHOOK_LOGS_FAILED}
     */
    public ExaVaultPage<ExaVaultWebhookLog> fetchWebhookLogs(ExaVaultWebhookLogOptions options) {
        return fetchWebhookLogs(options, RequestOptions.none());
    }

    /**
     * {@link #fetchWebhookLogs(ExaVaultWebhookLogOptions)} with per-call request options.
     *
     * @param options the options
     * @param requestOptions the request options
     * @return {@link #fetchWebhookLogs(ExaVaultWebhookLogOptions)} with per-call request options
     */
    public ExaVaultPage<ExaVaultWebhookLog> fetchWebhookLogs(ExaVaultWebhookLogOptions options,
                                                             RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.execute(webhookLogsCall(options, requestOptions));
    }

    /**
     * All session activity the options select, fetched lazily page by page from the options' offset, the
     * options' {@code limit} (default {@value #DEFAULT_PAGE_SIZE}) a page.
     *
     * @param options the filters; their offset is where the listing starts, their limit the page size
     * @return the listing; a page that fails throws its {@link SessionError} from the iterator
     */
    public Listing<ExaVaultSessionActivity> sessionActivity(ExaVaultSessionActivityOptions options) {
        return sessionActivity(options, RequestOptions.none());
    }

    /**
     * {@link #sessionActivity(ExaVaultSessionActivityOptions)} with the same request options on every page.
     *
     * @param options        the filters
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing
     */
    public Listing<ExaVaultSessionActivity> sessionActivity(ExaVaultSessionActivityOptions options,
                                                            RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.listing(firstOffset(options), sessionActivityPages(options, requestOptions));
    }

    /**
     * {@link #sessionActivity(ExaVaultSessionActivityOptions)} read without blocking.
     *
     * @param options the filters
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<ExaVaultSessionActivity> sessionActivityAsync(ExaVaultSessionActivityOptions options) {
        return sessionActivityAsync(options, RequestOptions.none());
    }

    /**
     * {@link #sessionActivity(ExaVaultSessionActivityOptions, RequestOptions)} read without blocking.
     *
     * @param options        the filters
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<ExaVaultSessionActivity> sessionActivityAsync(ExaVaultSessionActivityOptions options,
                                                                      RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.listingAsync(firstOffset(options), sessionActivityPages(options, requestOptions));
    }

    /**
     * All webhook logs the options select, fetched lazily page by page.
     *
     * @param options the filters; their offset is where the listing starts, their limit the page size
     * @return the listing; a page that fails throws its {@link SessionError} from the iterator
     */
    public Listing<ExaVaultWebhookLog> webhookLogs(ExaVaultWebhookLogOptions options) {
        return webhookLogs(options, RequestOptions.none());
    }

    /**
     * {@link #webhookLogs(ExaVaultWebhookLogOptions)} with the same request options on every page.
     *
     * @param options        the filters
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing
     */
    public Listing<ExaVaultWebhookLog> webhookLogs(ExaVaultWebhookLogOptions options, RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.listing(firstOffset(options), webhookLogPages(options, requestOptions));
    }

    /**
     * {@link #webhookLogs(ExaVaultWebhookLogOptions)} read without blocking.
     *
     * @param options the filters
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<ExaVaultWebhookLog> webhookLogsAsync(ExaVaultWebhookLogOptions options) {
        return webhookLogsAsync(options, RequestOptions.none());
    }

    /**
     * {@link #webhookLogs(ExaVaultWebhookLogOptions, RequestOptions)} read without blocking.
     *
     * @param options        the filters
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; nothing is fetched before it is read
     */
    public AsyncListing<ExaVaultWebhookLog> webhookLogsAsync(ExaVaultWebhookLogOptions options,
                                                             RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.listingAsync(firstOffset(options), webhookLogPages(options, requestOptions));
    }

    private static int firstOffset(ExaVaultListingOptions options) {
        return options.offset() != null ? options.offset() : 0;
    }

    private static Function<Integer, HttpApiCall<Listing.Page<ExaVaultSessionActivity, Integer>>> sessionActivityPages(
        ExaVaultSessionActivityOptions options, RequestOptions requestOptions) {
        int pageSize = pageSize(options);
        return offset -> nextAfter(offset, pageSize, sessionActivityCall(options.toBuilder().offset(offset)
            .limit(pageSize).build(), requestOptions));
    }

    private static Function<Integer, HttpApiCall<Listing.Page<ExaVaultWebhookLog, Integer>>> webhookLogPages(
        ExaVaultWebhookLogOptions options, RequestOptions requestOptions) {
        int pageSize = pageSize(options);
        return offset -> nextAfter(offset, pageSize, webhookLogsCall(options.toBuilder().offset(offset)
            .limit(pageSize).build(), requestOptions));
    }

    private static int pageSize(ExaVaultListingOptions options) {
        return options.limit() != null ? options.limit() : DEFAULT_PAGE_SIZE;
    }

    /** ExaVault reports {@code totalResults} as 0: a page shorter than asked for is the last, never the total. */
    private static <T> HttpApiCall<Listing.Page<T, Integer>> nextAfter(int offset, int pageSize,
                                                                      HttpApiCall<ExaVaultPage<T>> call) {
        return call.map(page -> {
            boolean last = page.returnedResults() < pageSize || page.data().size() < pageSize;
            return new Listing.Page<>(page.data(), last ? null : offset + page.data().size());
        });
    }

    private static HttpApiCall<ExaVaultPage<ExaVaultSessionActivity>> sessionActivityCall(
        ExaVaultSessionActivityOptions options, RequestOptions requestOptions) {
        return filtered(HttpApiCall.get("fetchSessionActivity", ExaVaultErrorCode.FETCH_SESSION_ACTIVITY_FAILED,
                "activity", "session"), options)
            .query("ipAddress", options.ipAddress())
            .query("path", options.path())
            .query("type", options.type() == null ? null : options.type().wireValue())
            .options(requestOptions)
            .build(ExaVaultWire.SESSION_ACTIVITY);
    }

    private static HttpApiCall<ExaVaultPage<ExaVaultWebhookLog>> webhookLogsCall(ExaVaultWebhookLogOptions options,
                                                                                 RequestOptions requestOptions) {
        return filtered(HttpApiCall.get("fetchWebhookLogs", ExaVaultErrorCode.FETCH_WEBHOOK_LOGS_FAILED, "activity",
                "webhooks"), options)
            .query("endpointUrl", options.endpointUrl())
            .query("event", options.event() == null ? null : options.event().wireValue())
            .query("statusCode", options.statusCode())
            .query("resourcePath", options.resourcePath())
            .options(requestOptions)
            .build(ExaVaultWire.WEBHOOK_LOGS);
    }

    private static HttpApiCall.Builder filtered(HttpApiCall.Builder call, ExaVaultListingOptions filters) {
        return call.query("startDate", ExaVaultListingOptions.iso(filters.startDate()))
            .query("endDate", ExaVaultListingOptions.iso(filters.endDate()))
            .query("username", filters.username())
            .query("offset", filters.offset())
            .query("limit", filters.limit())
            .query("sort", filters.sort());
    }

    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "ExaVaultClient[" + api + "]";
    }

    /**
     * Builds an {@link ExaVaultClient}: an {@code account} (or a {@code baseUrl}), an {@code apiKey} and an
     * {@code accessToken} are required.
     */
    public static final class Builder {
        private String account;
        private String baseUrl;
        private String apiKey;
        private String accessToken;
        private Consumer<HttpApiClient.Builder> transport = builder -> { };

        private Builder() {}

        /**
         * The account name: calls go to {@code https://{account}.exavault.com/api/v2}.
         *
         * @param account the account name: calls go to {@code https://{account}.exavault.com/api/v2}
         * @return this builder
         */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /**
         * Another API root instead of the account's (a proxy, a test server); wins over {@link #account}.
         *
         * @param baseUrl another API root instead of the account's (a proxy, a test server); wins over {@link #account}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The API key, sent as {@code ev-api-key}.
         *
         * @param apiKey the API key, sent as {@code ev-api-key}
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The access token, sent as {@code ev-access-token}.
         *
         * @param accessToken the access token, sent as {@code ev-access-token}
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
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
        public ExaVaultClient build() {
            String root = baseUrl;
            if (root == null) {
                if (account == null || !ACCOUNT.matcher(account).matches()) {
                    throw new IllegalArgumentException("`account` must be an ExaVault account name (letters, digits, "
                        + "hyphens), or set `baseUrl`; but was " + (account == null ? "not set" : "'" + account + "'"));
                }
                root = "https://" + account + ".exavault.com/api/v2";
            }
            if (apiKey == null || accessToken == null) {
                throw new IllegalArgumentException("`" + (apiKey == null ? "apiKey" : "accessToken")
                    + "` is required, but was not set");
            }
            HttpApiClient.Builder api = HttpApiClient.builder();
            transport.accept(api);
            return new ExaVaultClient(api.baseUrl(root)
                .auth(Auth.secretHeaders(Map.of("ev-api-key", apiKey, "ev-access-token", accessToken)))
                .errorReader(ExaVaultWire.ERRORS).build());
        }
    }
}
