package app.ductape.sessions.transport;

/**
 * Thrown by a {@link BodyDecoder} for a 2xx body that says the call failed, such as an envelope with
 * {@code "success": false}. The transport turns it into the call's
 * {@link app.ductape.sessions.SessionError}, with the {@link ServerError}'s message, code, error code
 * and field errors. Not retried unless the response's status or headers say so.
 */
public final class RejectedBodyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ServerError serverError;

    /**
     * A body that is not what the call expects, described by {@code detail}.
     *
     * @param detail the detail
     */
    public RejectedBodyException(String detail) {
        this(detail, ServerError.NONE, null);
    }

    /**
     * A body carrying the server's own account of the failure.
     *
     * @param detail the detail
     * @param serverError the server error
     */
    public RejectedBodyException(String detail, ServerError serverError) {
        this(detail, serverError, null);
    }

    /**
     * A body that could not be used because of {@code cause}.
     *
     * @param detail      what is wrong with the body (no secrets: it becomes part of the message)
     * @param serverError what the server said, or {@link ServerError#NONE}
     * @param cause       the underlying exception, or {@code null}
     */
    public RejectedBodyException(String detail, ServerError serverError, Throwable cause) {
        super(detail, cause, false, false);
        this.serverError = serverError == null ? ServerError.NONE : serverError;
    }

    /**
     * What the server said about the failure ({@link ServerError#NONE} when nothing).
     *
     * @return what the server said about the failure ({@link ServerError#NONE} when nothing)
     */
    public ServerError serverError() {
        return serverError;
    }
}
