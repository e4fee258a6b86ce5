/**
 * ExaVault's activity API v2 ({@code GET /activity/session}, {@code GET /activity/webhooks}): {@link
 * app.ductape.sessions.connectors.exavault.ExaVaultClient}, its options, models and operation codes,
 * and the {@link app.ductape.sessions.connectors.exavault.ExaVaultActivitySource} adapter.
 */
package app.ductape.sessions.connectors.exavault;
