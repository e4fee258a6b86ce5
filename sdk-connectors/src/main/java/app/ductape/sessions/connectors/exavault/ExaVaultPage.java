package app.ductape.sessions.connectors.exavault;

import java.util.List;

/**
 * One page of an ExaVault activity listing.
 *
 * @param responseStatus  the API's {@code responseStatus} (200 on success), or 0 when absent
 * @param totalResults    as sent; ExaVault documents it as always 0, so never page by it
 * @param returnedResults how many items this page holds, as the API counts them
 * @param data            the items; unmodifiable, never null
 * @param <T>             the item type
 */
public record ExaVaultPage<T>(int responseStatus, long totalResults, int returnedResults, List<T> data) {
    /**
     * A page; the items are copied.
     *
     * @param responseStatus the API's {@code responseStatus} (200 on success), or 0 when absent
     * @param totalResults as sent; ExaVault documents it as always 0, so never page by it
     * @param returnedResults how many items this page holds, as the API counts them
     * @param data the items; unmodifiable, never null
     */
    public ExaVaultPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
