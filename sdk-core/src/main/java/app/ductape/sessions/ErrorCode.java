package app.ductape.sessions;

/**
 * What failed, as the code a {@link SessionError} carries. Open: the Ductape codes are the
 * {@link SessionErrorCode} enum, and each connector brings its own enum (SAYMON, ExaVault and Calwe
 * codes live with their clients), so a client of another API can name its failures without touching
 * this SDK. Compare codes with {@code ==}; {@link #name()} is the stable text, such as
 * {@code FETCH_DASHBOARD_FAILED}, for logs, metrics tags and {@code switch} statements.
 *
 * <pre>{@code
 * catch (SessionError e) {
 *     if (e.code() == SessionErrorCode.USER_NOT_FOUND) { ... }
 * }
 * }</pre>
 */
public interface ErrorCode {

    /**
     * The code's name, unique within the SDK and its connectors.
     *
     * @return the name, such as {@code FETCH_DASHBOARD_FAILED}
     */
    String name();
}
