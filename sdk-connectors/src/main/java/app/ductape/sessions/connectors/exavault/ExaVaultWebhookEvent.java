package app.ductape.sessions.connectors.exavault;

/** The event types that trigger ExaVault webhooks (a filter of {@code GET /activity/webhooks}). */
public enum ExaVaultWebhookEvent {
    UPLOAD("resources.upload"),
    DOWNLOAD("resources.download"),
    DELETE("resources.delete"),
    CREATE_FOLDER("resources.createFolder"),
    RENAME("resources.rename"),
    MOVE("resources.move"),
    COPY("resources.copy"),
    COMPRESS("resources.compress"),
    EXTRACT("resources.extract"),
    SHARE_FORM_SUBMIT("shares.formSubmit");

    private final String wireValue;

    ExaVaultWebhookEvent(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The event as the API names it, such as {@code resources.upload}. */
    public String wireValue() {
        return wireValue;
    }
}
