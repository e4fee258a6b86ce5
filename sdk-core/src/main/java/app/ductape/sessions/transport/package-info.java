/**
 * The SDK's HTTP transport, opened for clients of other JSON APIs: the session-log connectors of
 * {@code ductape-sessions-connectors} are built on it, and so can yours.
 *
 * <p>An {@link app.ductape.sessions.transport.HttpApiClient} gives a call exactly what a Ductape call
 * gets: URL building with encoded path segments, an {@link app.ductape.sessions.transport.Auth}
 * credential that never appears in a log line or message, retries with backoff and
 * {@code Retry-After}, per-call timeouts, a response size limit, streaming JSON decoding, and every
 * failure as a {@link app.ductape.sessions.SessionError} with the code the call names. What differs
 * from one API to another is given per client or per call:
 * <ul>
 *   <li>how a successful body is read: a {@link app.ductape.sessions.transport.BodyDecoder}, which
 *       may refuse a 2xx body with a {@link app.ductape.sessions.transport.RejectedBodyException};</li>
 *   <li>how an error body is read: an {@link app.ductape.sessions.transport.ErrorReader} giving a
 *       {@link app.ductape.sessions.transport.ServerError} (message, code, a more precise error code,
 *       field errors);</li>
 *   <li>how a listing pages: a {@link app.ductape.sessions.transport.Listing} over any cursor
 *       (offset, page number, next-page link).</li>
 * </ul>
 *
 * <p>This package is public API and follows the SDK's versioning; {@code app.ductape.sessions.internal}
 * is not.
 */
package app.ductape.sessions.transport;
