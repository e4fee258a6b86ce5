package app.ductape.sessions.connectors.calwe;

/** Whose side of the session the token speaks for: the path segment of the log endpoints. */
public enum CalweRole {
    /** {@code /v1/customer/sessions/{id}/log}. */
    CUSTOMER("customer"),
    /** {@code /v1/coach/sessions/{id}/log}. */
    COACH("coach");

    private final String segment;

    CalweRole(String segment) {
        this.segment = segment;
    }

    /**
     * The path segment, {@code customer} or {@code coach}.
     *
     * @return the path segment, {@code customer} or {@code coach}
     */
    public String segment() {
        return segment;
    }
}
