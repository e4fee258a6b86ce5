package app.ductape.sessions.connectors.exavault;

/** The event types that trigger ExaVault webhooks (a filter of {@code GET /activity/webhooks}). */
public enum ExaVaultWebhookEvent {
    /** {@code resources.upload}. */
    UPLOAD("resources.upload"),
    /** {@code resources.download}. */
    DOWNLOAD("resources.download"),
    /** {@code resources.delete}. */
    DELETE("resources.delete"),
    /** {@code resources.createFolder}. */
    CREATE_FOLDER("resources.createFolder"),
    /** {@code resources.rename}. */
    RENAME("resources.rename"),
    /** {@code resources.move}. */
    MOVE("resources.move"),
    /** {@code resources.copy}. */
    COPY("resources.copy"),
    /** {@code resources.compress}. */
    COMPRESS("resources.compress"),
    /** {@code resources.extract}. */
    EXTRACT("resources.extract"),
    /** {@code shares.formSubmit}. */
    SHARE_FORM_SUBMIT("shares.formSubmit");

    private final String wireValue;

    ExaVaultWebhookEvent(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The event as the API names it, such as {@code resources.upload}.
     *
     * @return the event as the API names it, such as {@code resources.upload}
     */
    public String wireValue() {
        return wireValue;
    }
}
