package app.ductape.sessions.connectors.exavault;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One outbound webhook call ExaVault made. Its {@code attributes} differ between the v1 and v2 webhook
 * formats of ExaVault's OpenAPI ({@code WebhookActivityAttributes}, {@code WebhookActivityAttributesV2}):
 * the fields they share are typed here, and the whole attributes object is kept as JSON. Older
 * spellings and a flat shape (the fields on the item itself) are read too.
 *
 * @param id           the log entry's id
 * @param event        the event, such as {@code resources.upload} ({@code event}, {@code eventType})
 * @param endpointUrl  the URL called ({@code endpointUrl}, {@code endpoint_url}, {@code url})
 * @param statusCode   the HTTP status the webhook listener answered, or {@code null}: ExaVault's number
 *                     {@code status}; {@code statusCode}, {@code status_code} or {@code responseCode} only when
 *                     {@code status} is absent or not an HTTP status
 * @param resourcePath the resource the event concerns ({@code resourcePath}, {@code resource_path})
 * @param username     the user whose action triggered it
 * @param created      when the call was made, or {@code null}
 * @param attributes   the entry's attributes as sent (a copy on each access)
 */
public record ExaVaultWebhookLog(String id, String event, String endpointUrl, Integer statusCode,
                                 String resourcePath, String username, Instant created, JsonNode attributes) {

    /**
     * A log; the attributes are copied.
     *
     * @param id the log entry's id
     * @param event the event, such as {@code resources.upload} ({@code event}, {@code eventType})
     * @param endpointUrl the URL called ({@code endpointUrl}, {@code endpoint_url}, {@code url})
     * @param statusCode the HTTP status the webhook listener answered, or {@code null}: ExaVault's number {@code
     *                   status}; {@code statusCode}, {@code status_code} or {@code responseCode} only when {@code status} is absent or
     *                   not an HTTP status
     * @param resourcePath the resource the event concerns ({@code resourcePath}, {@code resource_path})
     * @param username the user whose action triggered it
     * @param created when the call was made, or {@code null}
     * @param attributes the entry's attributes as sent (a copy on each access)
     */
    public ExaVaultWebhookLog {
        attributes = attributes == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
            : attributes.deepCopy();
    }

    /**
     * The attributes as sent; a copy, so changing it changes nothing here.
     *
     * @return the attributes as sent; a copy, so changing it changes nothing here
     */
    @Override
    public JsonNode attributes() {
        return attributes.deepCopy();
    }
}
