/**
 * Session tokens verified in the request path: {@link app.ductape.sessions.middleware.SessionVerifier}
 * (a bounded cache of valid answers, one request per token however many callers, revocations followed)
 * and {@link app.ductape.sessions.middleware.DuctapeSessionFilter}, a {@code jakarta.servlet} filter on it.
 */
package app.ductape.sessions.middleware;
