package app.ductape.sessions.jakarta.rest;

/** The filter's contract in RESTEasy 7 on Undertow. */
class ResteasyFilterTest extends FilterContract {
    @Override
    JakartaRestServer implementation() {
        return new ResteasyOnUndertow();
    }
}
