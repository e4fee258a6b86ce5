package app.ductape.sessions.connectors.exavault;

import java.time.Instant;

/**
 * One entry of ExaVault's session activity log ({@code type: "sessionActivity"}), its {@code attributes}
 * flattened.
 *
 * @param id               the entry's id
 * @param bytesTransferred bytes moved by the operation
 * @param created          when it happened ({@code created}, sent with {@code Z} or an offset)
 * @param duration         how long it took, as sent, or {@code null}
 * @param fileName         the file or folder acted on, or {@code null}
 * @param fileSource       where the file came from, or {@code null}
 * @param ipAddress        the client's address
 * @param operationValue   the operation code as sent; {@link #operation()} gives it typed
 * @param protocol         the protocol used (web, FTP, SFTP, ...)
 * @param sessionId        the session the operation ran in
 * @param status           the result as sent
 * @param username         who did it
 */
public record ExaVaultSessionActivity(String id, long bytesTransferred, Instant created, Long duration,
                                      String fileName, String fileSource, String ipAddress, String operationValue,
                                      String protocol, String sessionId, String status, String username) {

    /**
     * The operation, typed; {@link ExaVaultOperation#UNKNOWN} for a code this SDK does not know.
     *
     * @return the operation, typed; {@link ExaVaultOperation#UNKNOWN} for a code this SDK does not know
     */
    public ExaVaultOperation operation() {
        return ExaVaultOperation.fromWire(operationValue);
    }
}
