package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The report's charts as inline SVG, hand-built: each with a {@code <title>} and a {@code <desc>} that
 * says what it shows in words, classes instead of colours (the stylesheet picks them, light or dark),
 * and one element per drawn value, so that a bar or a point can be counted.
 */
final class Charts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 990;
    private static final int TOP = 12;
    private static final int BOTTOM = 262;

    private Charts() {}

    /** A named series of a chart, read from each bucket. */
    record Series(String name, ToLongFunction<Buckets.Bucket> value) {}

    /** Stacked bars, one column per bucket, one rectangle per non-zero value, bottom to top in series order. */
    static void stackedBars(StringBuilder out, String id, String title, String description, List<Buckets.Bucket> buckets,
                            List<Series> series) {
        Scale scale = Scale.upTo(buckets.stream().mapToLong(b -> series.stream()
            .mapToLong(s -> s.value().applyAsLong(b)).sum()).max().orElse(0));
        double slot = (RIGHT - LEFT) / (double) Math.max(1, buckets.size());
        double barWidth = Math.max(0.3, slot * 0.8);
        open(out, id, title, description, HEIGHT);
        axes(out, buckets, scale, slot);
        double[] base = new double[buckets.size()];
        for (Series s : series) {
            out.append("<g class=\"series ").append(Html.cssClass(s.name())).append("\">");
            for (int i = 0; i < buckets.size(); i++) {
                long value = s.value().applyAsLong(buckets.get(i));
                if (value > 0) {
                    double height = (BOTTOM - TOP) * scale.fraction(value);
                    double y = BOTTOM - base[i] - height;
                    out.append("<rect x=\"").append(Formats.coordinate(LEFT + i * slot + (slot - barWidth) / 2))
                        .append("\" y=\"").append(Formats.coordinate(y)).append("\" width=\"")
                        .append(Formats.coordinate(barWidth)).append("\" height=\"")
                        .append(Formats.coordinate(Math.max(height, 0.5))).append("\"/>");
                    base[i] += height;
                }
            }
            out.append("</g>");
        }
        out.append("</svg></div>");
    }

    /** Lines, one point per bucket and series. */
    static void lines(StringBuilder out, String id, String title, String description, List<Buckets.Bucket> buckets,
                      List<Series> series) {
        Scale scale = Scale.upTo(buckets.stream().mapToLong(b -> series.stream()
            .mapToLong(s -> s.value().applyAsLong(b)).max().orElse(0)).max().orElse(0));
        double slot = (RIGHT - LEFT) / (double) Math.max(1, buckets.size());
        open(out, id, title, description, HEIGHT);
        axes(out, buckets, scale, slot);
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < buckets.size(); i++) {
                long value = s.value().applyAsLong(buckets.get(i));
                String x = Formats.coordinate(LEFT + i * slot + slot / 2);
                String y = Formats.coordinate(BOTTOM - (BOTTOM - TOP) * scale.fraction(value));
                points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
                dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"")
                    .append(buckets.size() > 200 ? "1" : "3").append("\"/>");
            }
            String name = Html.cssClass(s.name());
            out.append("<polyline class=\"").append(name).append("\" points=\"").append(points).append("\"/>");
            out.append("<g class=\"series ").append(name).append("\">").append(dots).append("</g>");
        }
        out.append("</svg></div>");
    }

    /** One horizontal bar per source, split by outcome. */
    static void sources(StringBuilder out, String id, String title, String description,
                        Map<String, EnumMap<ActivityOutcome, Long>> counts) {
        int rowHeight = 34;
        int height = TOP + counts.size() * rowHeight + 8;
        long max = counts.values().stream().mapToLong(c -> c.values().stream().mapToLong(Long::longValue).sum())
            .max().orElse(0);
        open(out, id, title, description, height);
        int row = 0;
        int labelWidth = 110;
        for (Map.Entry<String, EnumMap<ActivityOutcome, Long>> source : counts.entrySet()) {
            double y = TOP + row++ * rowHeight;
            out.append("<text class=\"axis-label\" x=\"0\" y=\"").append(Formats.coordinate(y + 17)).append("\">")
                .append(Html.escape(source.getKey())).append("</text>");
            double x = labelWidth;
            for (Map.Entry<ActivityOutcome, Long> outcome : source.getValue().entrySet()) {
                double width = max == 0 ? 0 : (RIGHT - labelWidth) * (double) outcome.getValue() / max;
                out.append("<rect class=\"bar ").append(Html.cssClass(outcome.getKey().name())).append("\" x=\"")
                    .append(Formats.coordinate(x)).append("\" y=\"").append(Formats.coordinate(y + 4))
                    .append("\" width=\"").append(Formats.coordinate(Math.max(width, 0.5)))
                    .append("\" height=\"20\"><title>").append(Html.escape(source.getKey())).append(' ')
                    .append(outcome.getKey().name()).append(": ").append(Formats.count(outcome.getValue()))
                    .append("</title></rect>");
                x += width;
            }
        }
        out.append("</svg></div>");
    }

    private static void open(StringBuilder out, String id, String title, String description, int height) {
        out.append("<div class=\"chart\"><svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
            .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
            .append("<title id=\"").append(id).append("-t\">").append(Html.escape(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-d\">").append(Html.escape(description)).append("</desc>");
    }

    /** The axes, the scale's ticks, and the time labels {@link TimeAxis} chooses. */
    private static void axes(StringBuilder out, List<Buckets.Bucket> buckets, Scale scale, double slot) {
        out.append("<path class=\"axis\" d=\"M").append(LEFT).append(' ').append(TOP).append("V").append(BOTTOM)
            .append("H").append(RIGHT).append("\"/>");
        for (long tick : scale.ticks()) {
            double y = BOTTOM - (BOTTOM - TOP) * scale.fraction(tick);
            out.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"")
                .append(Formats.coordinate(y + 4)).append("\" text-anchor=\"end\">").append(Formats.count(tick))
                .append("</text>");
        }
        List<String> periods = buckets.stream().map(Buckets.Bucket::period).toList();
        for (TimeAxis.Label label : TimeAxis.of(periods, LEFT, RIGHT, WIDTH).labels()) {
            out.append("<text class=\"x-label\" x=\"").append(Formats.coordinate(label.x())).append("\" y=\"")
                .append(BOTTOM + 18).append("\" text-anchor=\"middle\" data-index=\"").append(label.index())
                .append("\" data-period=\"").append(Html.escape(label.period())).append("\">")
                .append(Html.escape(label.text())).append("</text>");
        }
    }

    /** The legend of a chart: one key per series, styled by its class. */
    static void legend(StringBuilder out, String... series) {
        out.append("<div class=\"legend\">");
        for (String name : series) {
            out.append("<span class=\"k-").append(Html.cssClass(name)).append("\">")
                .append(Html.escape(name.toLowerCase(Locale.ROOT).replace('_', ' '))).append("</span>");
        }
        out.append("</div>");
    }
}
