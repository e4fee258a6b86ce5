/**
 * The seam between a {@link app.ductape.sessions.middleware.SessionVerifier} and the fleet of instances it
 * runs in: what a verifier publishes and applies ({@link FleetRevocation}), the answers it may share
 * ({@link SharedAnswer}), and what an engine implements ({@link Fleet}, {@link FleetLink}). The verifier
 * knows nothing of the engine; {@code ductape-sessions-middleware-redis} is one.
 */
package app.ductape.sessions.middleware.fleet;
