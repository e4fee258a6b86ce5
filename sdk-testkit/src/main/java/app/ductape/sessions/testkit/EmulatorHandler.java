package app.ductape.sessions.testkit;

/** What an emulated API does with one request, and how it words an error in its own shape. */
interface EmulatorHandler {

    EmulatorResponse handle(EmulatorRequest request);

    /** An error answer in the API's own error shape (used for injected faults and oversized bodies). */
    EmulatorResponse error(int status, String message);
}
