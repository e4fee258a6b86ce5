package app.ductape.sessions.connectors.exavault;

import java.util.Locale;

/**
 * The operation codes of ExaVault session activity, each with what the web file manager's activity
 * log calls it. Open: a code this SDK does not know reads as {@link #UNKNOWN} (the raw code is kept by
 * {@link ExaVaultSessionActivity#operationValue()}).
 */
public enum ExaVaultOperation {
    PASS("Connect"),
    EXIT("Disconnect"),
    STOR("Upload"),
    RETR("Download"),
    DELE("Delete"),
    MKD("Create Folder"),
    RNTO("Rename"),
    MOVE("Move"),
    COPY("Copy"),
    COMPR("Compress"),
    EXTRACT("Extract"),
    SHARE("Shared Folders"),
    SEND("Send Files"),
    RECV("Receive Files"),
    /** Update send; not shown in the file manager. */
    EDIT_SEND(null, "Update send"),
    EDIT_SHARE("Update Share"),
    EDIT_RECV("Update Receive"),
    DELE_SEND("Delete Send"),
    DELE_RECV("Delete Receive"),
    DELE_SHARE("Delete Share"),
    NOTIFY("Create Notification"),
    EDIT_NTFY("Update Notification"),
    DELE_NTFY("Delete Notification"),
    USER("Create User"),
    EDIT_USER("Update User"),
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

    /** What the web file manager's activity log shows, or {@code null} for codes it does not show. */
    public String fileManagerValue() {
        return fileManagerValue;
    }

    /** What the operation does, in words: the file-manager value, or the API's note for codes it does not show. */
    public String meaning() {
        return meaning;
    }

    /** The code the API uses ({@code STOR}); {@code null} for {@link #UNKNOWN}. */
    public String wireValue() {
        return this == UNKNOWN ? null : name();
    }

    /** Reads a code from a response: never throws, never null; an unknown code gives {@link #UNKNOWN}. */
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
