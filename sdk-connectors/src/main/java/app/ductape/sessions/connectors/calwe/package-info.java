/**
 * The Calwe customer (and coach) sessions log ({@code /v1/customer/sessions/{id}/log}): {@link
 * app.ductape.sessions.connectors.calwe.CalweClient}, its models, and the {@link
 * app.ductape.sessions.connectors.calwe.CalweActivitySource} adapter.
 */
package app.ductape.sessions.connectors.calwe;
