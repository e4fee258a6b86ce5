/**
 * SAYMON's users' sessions log ({@code GET {base}/node/api/users/session/log}): {@link
 * app.ductape.sessions.connectors.saymon.SaymonClient}, its options and records, and the {@link
 * app.ductape.sessions.connectors.saymon.SaymonActivitySource} adapter.
 */
package app.ductape.sessions.connectors.saymon;
