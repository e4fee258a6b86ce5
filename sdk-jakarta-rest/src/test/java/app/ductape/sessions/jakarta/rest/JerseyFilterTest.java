package app.ductape.sessions.jakarta.rest;

/** The filter's contract in Jersey 4 on Grizzly. */
class JerseyFilterTest extends FilterContract {
    @Override
    JakartaRestServer implementation() {
        return new JerseyOnGrizzly();
    }
}
