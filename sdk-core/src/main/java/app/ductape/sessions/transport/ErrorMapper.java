package app.ductape.sessions.transport;

import app.ductape.sessions.ErrorCode;
import app.ductape.sessions.SessionError;

/**
 * Turns a failed attempt into the {@link SessionError} a caller sees: the code the server's account
 * asks for, else the call's {@code notFound} code on a 404, else the call's own; the status, request id,
 * the server's message, code and field errors, and the cause.
 */
final class ErrorMapper {
    private ErrorMapper() {}

    /**
     * The error of {@code failure}, already redacted, as attempt {@code attempts} of {@code call}.
     *
     * @param refusal why a retry the status allowed was not made, or {@code null}
     */
    static SessionError toError(HttpApiCall<?> call, Outcome.Failure<?> failure, int attempts, String refusal) {
        ServerError server = failure.server();
        ErrorCode code = server.errorCodeOverride().orElseGet(() -> call.codeFor(failure.status()));
        String detail = refusal == null ? failure.detail()
            : failure.detail() == null ? refusal : failure.detail() + "; " + refusal;
        return SessionError.builder(code, call.operation())
            .detail(detail)
            .httpStatus(failure.status())
            .requestId(failure.requestId())
            .server(server.message(), server.code())
            .fieldErrors(server.fieldErrors())
            .cause(failure.cause())
            .attempts(attempts)
            .build();
    }

    /** The error of a call whose wait before a retry was interrupted. */
    static SessionError interrupted(HttpApiCall<?> call, int attempts, InterruptedException cause) {
        return SessionError.builder(call.failure(), call.operation()).detail("interrupted while waiting to retry")
            .cause(cause).attempts(attempts).build();
    }
}
