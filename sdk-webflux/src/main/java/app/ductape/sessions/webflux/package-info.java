/**
 * Ductape session tokens verified in a WebFlux application's request path, without blocking its event
 * loops: {@link app.ductape.sessions.webflux.DuctapeSessionWebFilter}.
 */
package app.ductape.sessions.webflux;
