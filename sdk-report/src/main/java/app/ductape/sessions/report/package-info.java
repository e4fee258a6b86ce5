/**
 * A self-contained HTML report of session activity, with inline SVG charts and no script:
 * {@link app.ductape.sessions.report.DashboardReport}.
 */
package app.ductape.sessions.report;
