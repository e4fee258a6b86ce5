package app.ductape.sessions.testkit;

/** An error answer of the emulator: HTTP status, message and code of the error envelope. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "VALIDATION_FAILED", message);
    }

    static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }
}
