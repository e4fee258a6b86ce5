package app.ductape.sessions.connectors.exavault;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
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

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One page of session activity.
     *
     * @throws SessionError with {@code FETCH_SESSION_ACTIVITY_FAILED}
     */
    public ExaVaultPage<ExaVaultSessionActivity> fetchSessionActivity(ExaVaultSessionActivityOptions options) {
        return fetchSessionActivity(options, RequestOptions.none());
    }

    /** {@link #fetchSessionActivity(ExaVaultSessionActivityOptions)} with per-call request options. */
    public ExaVaultPage<ExaVaultSessionActivity> fetchSessionActivity(ExaVaultSessionActivityOptions options,
                                                                      RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.execute(sessionActivityCall(options, requestOptions));
    }

    /**
     * All session activity the options select, fetched lazily page by page from the options' offset, the
     * options' {@code limit} (default {@value #DEFAULT_PAGE_SIZE}) a page.
     */
    public Listing<ExaVaultSessionActivity> sessionActivity(ExaVaultSessionActivityOptions options) {
        return sessionActivity(options, RequestOptions.none());
    }

    /** {@link #sessionActivity(ExaVaultSessionActivityOptions)} with the same request options on every page. */
    public Listing<ExaVaultSessionActivity> sessionActivity(ExaVaultSessionActivityOptions options,
                                                            RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return paged(options.offset(), options.limit(), (offset, limit) -> sessionActivityCall(
            options.toBuilder().offset(offset).limit(limit).build(), requestOptions));
    }

    /**
     * One page of webhook logs.
     *
     * @throws SessionError with {@code FETCH_WEBHOOK_LOGS_FAILED}
     */
    public ExaVaultPage<ExaVaultWebhookLog> fetchWebhookLogs(ExaVaultWebhookLogOptions options) {
        return fetchWebhookLogs(options, RequestOptions.none());
    }

    /** {@link #fetchWebhookLogs(ExaVaultWebhookLogOptions)} with per-call request options. */
    public ExaVaultPage<ExaVaultWebhookLog> fetchWebhookLogs(ExaVaultWebhookLogOptions options,
                                                             RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return api.execute(webhookLogsCall(options, requestOptions));
    }

    /** All webhook logs the options select, fetched lazily page by page. */
    public Listing<ExaVaultWebhookLog> webhookLogs(ExaVaultWebhookLogOptions options) {
        return webhookLogs(options, RequestOptions.none());
    }

    /** {@link #webhookLogs(ExaVaultWebhookLogOptions)} with the same request options on every page. */
    public Listing<ExaVaultWebhookLog> webhookLogs(ExaVaultWebhookLogOptions options, RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return paged(options.offset(), options.limit(), (offset, limit) -> webhookLogsCall(
            options.toBuilder().offset(offset).limit(limit).build(), requestOptions));
    }

    /** The call for a page at an offset, of a page size. */
    @FunctionalInterface
    private interface PageCall<T> {
        HttpApiCall<ExaVaultPage<T>> at(int offset, int limit);
    }

    private <T> Listing<T> paged(Integer firstOffset, Integer limit, PageCall<T> call) {
        int pageSize = limit != null ? limit : DEFAULT_PAGE_SIZE;
        Function<Integer, Listing.Page<T, Integer>> fetch = offset -> {
            ExaVaultPage<T> page = api.execute(call.at(offset, pageSize));
            boolean last = page.returnedResults() < pageSize || page.data().size() < pageSize;
            return new Listing.Page<>(page.data(), last ? null : offset + page.data().size());
        };
        int start = firstOffset != null ? firstOffset : 0;
        return Listing.of(() -> fetch.apply(start), fetch);
    }

    private static HttpApiCall<ExaVaultPage<ExaVaultSessionActivity>> sessionActivityCall(
        ExaVaultSessionActivityOptions options, RequestOptions requestOptions) {
        return filtered(HttpApiCall.get("fetchSessionActivity", SessionErrorCode.FETCH_SESSION_ACTIVITY_FAILED,
                "activity", "session"), options)
            .query("ipAddress", options.ipAddress())
            .query("path", options.path())
            .query("type", options.type() == null ? null : options.type().wireValue())
            .options(requestOptions)
            .build(ExaVaultWire.SESSION_ACTIVITY);
    }

    private static HttpApiCall<ExaVaultPage<ExaVaultWebhookLog>> webhookLogsCall(ExaVaultWebhookLogOptions options,
                                                                                 RequestOptions requestOptions) {
        return filtered(HttpApiCall.get("fetchWebhookLogs", SessionErrorCode.FETCH_WEBHOOK_LOGS_FAILED, "activity",
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

        /** The account name: calls go to {@code https://{account}.exavault.com/api/v2}. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** Another API root instead of the account's (a proxy, a test server); wins over {@link #account}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The API key, sent as {@code ev-api-key}. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The access token, sent as {@code ev-access-token}. */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** Tunes the transport (timeouts, retries, size limit, a shared OkHttpClient). */
        public Builder transport(Consumer<HttpApiClient.Builder> transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Builds the client.
         *
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
