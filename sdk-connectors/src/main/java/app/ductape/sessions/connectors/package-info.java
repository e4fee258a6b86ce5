/**
 * Session activity from more than one source: typed clients for three more session-log APIs
 * ({@link app.ductape.sessions.connectors.saymon SAYMON}, {@link app.ductape.sessions.connectors.exavault
 * ExaVault}, {@link app.ductape.sessions.connectors.calwe Calwe}) on the SDK's transport, and one
 * activity model over all four sources, Ductape's included: an
 * {@link app.ductape.sessions.connectors.ActivitySource} turns an
 * {@link app.ductape.sessions.connectors.ActivityQuery} into a lazy, paged stream of
 * {@link app.ductape.sessions.connectors.ActivityRecord}s, so one piece of code exports or analyses
 * activity from any of them.
 */
package app.ductape.sessions.connectors;
