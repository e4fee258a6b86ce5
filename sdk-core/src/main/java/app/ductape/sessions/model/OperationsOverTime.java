package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Operations of each kind in one time bucket of the dashboard. */
public record OperationsOverTime(
    @JsonProperty("period") String period,
    @JsonProperty("create") long create,
    @JsonProperty("verify") long verify,
    @JsonProperty("refresh") long refresh,
    @JsonProperty("revoke") long revoke) {

    /**
     * All operations in the bucket.
     *
     * @return all operations in the bucket
     */
    public long total() {
        return create + verify + refresh + revoke;
    }
}
