package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * The options of a lifecycle call: the scope and the session configuration's {@code tag} the call acts
 * on (start, verify, refresh, revoke, revokeAll, listActive).
 */
abstract class TaggedOptions extends ScopedOptions {
    private final String tag;

    TaggedOptions(Tag<?> builder) {
        super(builder);
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
    }

    /**
     * The session configuration's tag.
     *
     * @return the tag, such as {@code user-session}
     */
    public String tag() {
        return tag;
    }

    /** The scope and tag as {@code toString()} shows them. */
    String scopeAndTag() {
        return scope() + ", tag=" + tag;
    }

    /**
     * The setters of the scope and the tag.
     *
     * @param <B> the builder type, returned by each setter
     */
    abstract static class Tag<B extends Tag<B>> extends Scope<B> {
        private String tag;

        /**
         * The session configuration's tag (required).
         *
         * @param tag the tag, such as {@code user-session}
         * @return this builder
         */
        public B tag(String tag) {
            this.tag = tag;
            return self();
        }

        /** Copies the scope and tag of {@code options}, for {@code toBuilder()}. */
        B tagOf(TaggedOptions options) {
            scopeOf(options);
            this.tag = options.tag;
            return self();
        }
    }
}
