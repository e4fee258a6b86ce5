package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many sessions a revoke ended (0 when none matched). */
public record RevokeSessionResult(@JsonProperty("revoked") long revoked) {
}
