package app.ductape.sessions.connectors.exavault;

import java.util.Locale;

/**
 * The operation codes of ExaVault session activity, each with what the web file manager's activity
 * log calls it. Open: a code this SDK does not know reads as {@link #UNKNOWN} (the raw code is kept by
 * {@link ExaVaultSessionActivity#operationValue()}).
 */
public enum ExaVaultOperation {
    /** {@code PASS}: "Connect" in the file manager. */
    PASS("Connect"),
    /** {@code EXIT}: "Disconnect" in the file manager. */
    EXIT("Disconnect"),
    /** {@code STOR}: "Upload" in the file manager. */
    STOR("Upload"),
    /** {@code RETR}: "Download" in the file manager. */
    RETR("Download"),
    /** {@code DELE}: "Delete" in the file manager. */
    DELE("Delete"),
    /** {@code MKD}: "Create Folder" in the file manager. */
    MKD("Create Folder"),
    /** {@code RNTO}: "Rename" in the file manager. */
    RNTO("Rename"),
    /** {@code MOVE}: "Move" in the file manager. */
    MOVE("Move"),
    /** {@code COPY}: "Copy" in the file manager. */
    COPY("Copy"),
    /** {@code COMPR}: "Compress" in the file manager. */
    COMPR("Compress"),
    /** {@code EXTRACT}: "Extract" in the file manager. */
    EXTRACT("Extract"),
    /** {@code SHARE}: "Shared Folders" in the file manager. */
    SHARE("Shared Folders"),
    /** {@code SEND}: "Send Files" in the file manager. */
    SEND("Send Files"),
    /** {@code RECV}: "Receive Files" in the file manager. */
    RECV("Receive Files"),
    /** Update send; not shown in the file manager. */
    EDIT_SEND(null, "Update send"),
    /** {@code EDIT_SHARE}: "Update Share" in the file manager. */
    EDIT_SHARE("Update Share"),
    /** {@code EDIT_RECV}: "Update Receive" in the file manager. */
    EDIT_RECV("Update Receive"),
    /** {@code DELE_SEND}: "Delete Send" in the file manager. */
    DELE_SEND("Delete Send"),
    /** {@code DELE_RECV}: "Delete Receive" in the file manager. */
    DELE_RECV("Delete Receive"),
    /** {@code DELE_SHARE}: "Delete Share" in the file manager. */
    DELE_SHARE("Delete Share"),
    /** {@code NOTIFY}: "Create Notification" in the file manager. */
    NOTIFY("Create Notification"),
    /** {@code EDIT_NTFY}: "Update Notification" in the file manager. */
    EDIT_NTFY("Update Notification"),
    /** {@code DELE_NTFY}: "Delete Notification" in the file manager. */
    DELE_NTFY("Delete Notification"),
    /** {@code USER}: "Create User" in the file manager. */
    USER("Create User"),
    /** {@code EDIT_USER}: "Update User" in the file manager. */
    EDIT_USER("Update User"),
    /** {@code DELE_USER}: "Delete User" in the file manager. */
    DELE_USER("Delete User"),
    /** Create direct link; not shown in the file manager. */
    DFA(null, "Create direct link"),
    /** Update direct link options; not shown in the file manager. */
    EDIT_DFA(null, "Update direct link options"),
    /** Deactivate direct link; not shown in the file manager. */
    DELE_DFA(null, "Deactivate direct link"),
    /** A code this SDK version does not know. */
    UNKNOWN(null, "Unknown operation");

    private final String fileManagerValue;
    private final String meaning;

    ExaVaultOperation(String fileManagerValue) {
        this(fileManagerValue, fileManagerValue);
    }

    ExaVaultOperation(String fileManagerValue, String meaning) {
        this.fileManagerValue = fileManagerValue;
        this.meaning = meaning;
    }

    /**
     * What the web file manager's activity log shows, or {@code null} for codes it does not show.
     *
     * @return what the web file manager's activity log shows, or {@code null} for codes it does not show
     */
    public String fileManagerValue() {
        return fileManagerValue;
    }

    /**
     * What the operation does, in words: the file-manager value, or the API's note for codes it does not show.
     *
     * @return what the operation does, in words: the file-manager value, or the API's note for codes it does not show
     */
    public String meaning() {
        return meaning;
    }

    /**
     * The code the API uses ({@code STOR}); {@code null} for {@link #UNKNOWN}.
     *
     * @return the code the API uses ({@code STOR}); {@code null} for {@link #UNKNOWN}
     */
    public String wireValue() {
        return this == UNKNOWN ? null : name();
    }

    /**
     * Reads a code from a response: never throws, never null; an unknown code gives {@link #UNKNOWN}.
     *
     * @param code the code
     * @return reads a code from a response: never throws, never null; an unknown code gives {@link #UNKNOWN}
     */
    public static ExaVaultOperation fromWire(String code) {
        if (code != null) {
            String normalized = code.trim().toUpperCase(Locale.ROOT);
            for (ExaVaultOperation operation : values()) {
                if (operation != UNKNOWN && operation.name().equals(normalized)) {
                    return operation;
                }
            }
        }
        return UNKNOWN;
    }
}
