package app.ductape.sessions.report;

import app.ductape.sessions.model.SessionDashboard;

/** The headline figures of a dashboard, each labelled with what it measures. */
final class FiguresSection implements Section {
    private final SessionDashboard dashboard;

    FiguresSection(SessionDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public void renderInto(StringBuilder out) {
        out.append("<section aria-label=\"Headline figures\" class=\"figures\">");
        figure(out, Formats.count(dashboard.activeUsers()) + " / " + Formats.count(dashboard.totalUsers()),
            "users seen in the last 24 hours / users in total");
        figure(out, Formats.count(dashboard.activeSessions()) + " / " + Formats.count(dashboard.totalSessions()),
            "sessions live now / sessions started in the period");
        figure(out, Formats.count(dashboard.expiredSessions()), "sessions of the period that have expired");
        figure(out, Formats.percent(dashboard.successRate()), "of operations succeeded");
        figure(out, Formats.percent(dashboard.errorRate()), "of operations failed");
        figure(out, Formats.millis(dashboard.averageOperationTime()),
            "average time of one operation (start, verify, refresh or revoke)");
        out.append("</section>");
    }

    private static void figure(StringBuilder out, String value, String label) {
        out.append("<div class=\"figure\"><div class=\"value\">").append(Html.escape(value))
            .append("</div><div class=\"label\">").append(Html.escape(label)).append("</div></div>");
    }
}
