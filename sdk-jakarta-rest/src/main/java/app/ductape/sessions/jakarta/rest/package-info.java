/**
 * Ductape session verification for Jakarta REST applications (Jersey, RESTEasy, Helidon MP, Open Liberty,
 * Payara): {@link app.ductape.sessions.jakarta.rest.DuctapeSessionRequestFilter} carries out a
 * {@link app.ductape.sessions.middleware.SessionGuard}'s decisions on every request it includes, or, through
 * {@link app.ductape.sessions.jakarta.rest.DuctapeSessionRequestFilter#whereRequired()}, on the resources
 * annotated {@link app.ductape.sessions.jakarta.rest.DuctapeSessionRequired}.
 */
package app.ductape.sessions.jakarta.rest;
