package app.ductape.sessions.report;

/** One section of the report, written into the page in the report's order. */
interface Section {
    void renderInto(StringBuilder out);
}
