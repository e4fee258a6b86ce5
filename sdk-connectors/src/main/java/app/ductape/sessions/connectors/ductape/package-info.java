/** Ductape's own activity logs as an {@link app.ductape.sessions.connectors.ActivitySource}. */
package app.ductape.sessions.connectors.ductape;
