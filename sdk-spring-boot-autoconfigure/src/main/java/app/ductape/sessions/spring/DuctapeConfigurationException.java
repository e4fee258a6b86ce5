package app.ductape.sessions.spring;

/**
 * The {@code ductape.*} settings cannot make a working client, verifier or filter. Spring Boot's failure
 * analysis prints its {@link #description()} and the {@link #action()} that fixes it, naming the
 * properties to set, instead of a stack trace.
 */
public final class DuctapeConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What to do about it. */
    private final String action;

    DuctapeConfigurationException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /**
     * What is wrong.
     *
     * @return the description, naming the settings involved
     */
    public String description() {
        return getMessage();
    }

    /**
     * What fixes it.
     *
     * @return the action, naming the properties to set
     */
    public String action() {
        return action;
    }
}
