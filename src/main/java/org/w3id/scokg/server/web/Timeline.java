package org.w3id.scokg.server.web;

import static org.w3id.scokg.server.web.ChartCanvas.fmt;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Milestones on a time line, in one {@link ChartCanvas}. On a screen, a few share one line,
 * labelled alternately above and below it; more get a row each, the label beside the point on the
 * side with room. On a phone, each gets a row: its date and label across the width, its point on a
 * line under them. Every label begins with its point's date, at every width: the axis says only the
 * years, and two points two days apart (document A/66/359's submission on 12 September 2011 and
 * its issue on the 14th) are otherwise told apart on a screen only by their tooltips. A label is
 * never cut short: it wraps into as many lines as it needs (a label cut at 26 or 48 characters with
 * "…" hid what it named), and the point's {@code title} says the date and the label whole.
 */
final class Timeline {
    /** Milestones up to this many share one line on a screen; more get a row each. */
    private static final int FEW = 6;
    private static final int RADIUS = 6;

    private final ChartCanvas canvas;
    private final List<Charts.Milestone> points;
    private final Map<String, Charts.Category> categories;
    private final Texts texts;
    private final double start;
    private final double end;

    Timeline(ChartCanvas canvas, List<Charts.Milestone> points, Map<String, Charts.Category> categories, Texts texts) {
        this.canvas = canvas;
        this.points = points;
        this.categories = categories;
        this.texts = texts;
        this.start = Math.floor(points.stream().mapToDouble(p -> Charts.year(p.date())).min().orElse(2000));
        this.end = Math.max(start + 1, Math.ceil(points.stream().mapToDouble(p -> Charts.year(p.date())).max().orElse(start) + 0.01));
    }

    String draw(String id, Charts.Title title, Charts.Title description) {
        StringBuilder marks = new StringBuilder();
        int bottom = canvas != ChartCanvas.WIDE ? rows(marks) : points.size() <= FEW && !crowded() && !labelsMeet() ? oneLine(marks) : beside(marks);
        int axis = bottom + canvas.font + 8;
        StringBuilder svg = canvas.open(id, title, description, axis + 8, points.stream().anyMatch(p -> p.link() != null));
        canvas.axis(svg, start, end, axis);
        return svg.append(marks).append("</svg>").toString();
    }

    /** How wide a label may be on one line. */
    private double oneLineRoom() {
        return (canvas.width - canvas.left - canvas.right) / 3.5;
    }

    /** Where a label on one line is centred: on its point, or as near it as the picture has room for. */
    private double centre(Charts.Milestone point, double width) {
        return Math.max(2 + width / 2, Math.min(canvas.width - 2 - width / 2, x(point)));
    }

    /**
     * Whether two labels on one side of the line would cover each other: then each point gets a row of
     * its own. Points years apart on a long axis (2001, 2003 and 2005 on one to 2025) are far enough
     * apart for their dots, but the first and the third label, both above the line, overlapped.
     */
    private boolean labelsMeet() {
        double room = oneLineRoom();
        double[][] extents = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            double width = canvas.wrap(dated(points.get(i)), room).stream().mapToDouble(canvas::measure).max().orElse(0);
            double centre = centre(points.get(i), width);
            extents[i] = new double[] {centre - width / 2, centre + width / 2};
        }
        for (int i = 0; i < extents.length; i++) {
            for (int j = i + 2; j < extents.length; j += 2) {
                if (extents[i][0] < extents[j][1] + 8 && extents[j][0] < extents[i][1] + 8) return true;
            }
        }
        return false;
    }

    /** A few points on one line, labels alternately above and below, each centred on its point where the picture has room. */
    private int oneLine(StringBuilder svg) {
        double room = oneLineRoom();
        List<List<String>> labels = points.stream().map(p -> canvas.wrap(dated(p), room)).toList();
        int above = 1;
        int below = 1;
        for (int i = 0; i < labels.size(); i++) {
            if (i % 2 == 0) above = Math.max(above, labels.get(i).size());
            else below = Math.max(below, labels.get(i).size());
        }
        int lh = canvas.lineHeight();
        int line = 8 + above * lh + 16;
        svg.append("<line x1=\"").append(canvas.left).append("\" x2=\"").append(canvas.width - canvas.right).append("\" y1=\"").append(line)
                .append("\" y2=\"").append(line).append("\" stroke=\"#8a939e\"/>");
        for (int i = 0; i < points.size(); i++) {
            double x = x(points.get(i));
            List<String> lines = labels.get(i);
            double width = lines.stream().mapToDouble(canvas::measure).max().orElse(0);
            double centre = centre(points.get(i), width);
            double y = i % 2 == 0 ? line - 16 - (lines.size() - 1) * lh : line + 16 + canvas.font;
            point(svg, points.get(i), x, line);
            svg.append(Charts.inLanguage(canvas.text(centre, y, lines, "middle"), points.get(i).label().lang(), texts));
        }
        return line + 16 + canvas.font + (below - 1) * lh + 6;
    }

    /** A row for each point, its label beside it on the side with more room. */
    private int beside(StringBuilder svg) {
        int y = 8;
        for (Charts.Milestone point : points) {
            double x = x(point);
            double[] span = span(point);
            if (span[0] != span[1]) {
                // A bar over a year or a month: its label above it, from where it begins, for a bar may leave no room beside it.
                double from = Math.max(canvas.left, canvas.x(span[0], start, end));
                List<String> lines = canvas.wrap(dated(point), canvas.width - from - 4);
                svg.append(Charts.inLanguage(canvas.text(from, y + canvas.font, lines, "start"), point.label().lang(), texts));
                int bar = y + canvas.font + (lines.size() - 1) * canvas.lineHeight() + 6 + RADIUS;
                point(svg, point, x, bar);
                y = bar + RADIUS + 6;
                continue;
            }
            boolean left = x > (canvas.left + canvas.width) / 2.0;
            double room = left ? x - 2 * RADIUS - 4 : canvas.width - x - 2 * RADIUS - 4;
            List<String> lines = canvas.wrap(dated(point), room);
            point(svg, point, x, y + canvas.font * 0.65);
            String text = canvas.text(left ? x - 2 * RADIUS : x + 2 * RADIUS, y + canvas.font, lines, left ? "end" : "start");
            svg.append(Charts.inLanguage(text, point.label().lang(), texts));
            y += lines.size() * canvas.lineHeight() + 6;
        }
        return y;
    }

    /** A row for each point: its date and label across the width, its point on a line under them. */
    private int rows(StringBuilder svg) {
        int y = 4;
        int lh = canvas.lineHeight();
        for (Charts.Milestone point : points) {
            List<String> lines = canvas.wrap(dated(point), canvas.width - 8);
            svg.append(Charts.inLanguage(canvas.text(4, y + canvas.font, lines, "start"), point.label().lang(), texts));
            int line = y + canvas.font + (lines.size() - 1) * lh + 6 + RADIUS;
            svg.append("<line x1=\"").append(canvas.left).append("\" x2=\"").append(canvas.width - canvas.right).append("\" y1=\"").append(line)
                    .append("\" y2=\"").append(line).append("\" stroke=\"#d6dae0\"/>");
            point(svg, point, x(point), line);
            y = line + RADIUS + 10;
        }
        return y;
    }

    /** A point's label as a picture shows it: its date, then its words. */
    private static String dated(Charts.Milestone point) {
        return Charts.dateText(point.date()) + " " + point.label().text();
    }

    /**
     * A point: a dot on its day; a date known only to the year or the month, a bar over that year or
     * month, as wide as a dot at least, not a dot on its first day, which a year-only date is not (two
     * such dots of one year would hide each other).
     */
    private void point(StringBuilder svg, Charts.Milestone point, double x, double y) {
        String title = Charts.inLanguage("<title>" + Html.escape(dated(point)) + "</title>", point.label().lang(), texts);
        String colour = categories.get(point.category()).colour();
        double[] span = span(point);
        String mark;
        if (span[0] == span[1]) {
            mark = "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + RADIUS + "\" fill=\"" + colour + "\">" + title + "</circle>";
        } else {
            double from = canvas.x(span[0], start, end);
            double width = Math.max(2 * RADIUS, canvas.x(span[1], start, end) - from);
            mark = "<rect x=\"" + fmt(from) + "\" y=\"" + fmt(y - RADIUS) + "\" width=\"" + fmt(width) + "\" height=\"" + 2 * RADIUS + "\" rx=\"" + RADIUS
                    + "\" fill=\"" + colour + "\">" + title + "</rect>";
        }
        svg.append(Charts.linked(mark, point.link(), texts));
    }

    /** Where a point is: the middle of its year or month when it is known only to that, else its day. */
    private double x(Charts.Milestone point) {
        double[] span = span(point);
        return canvas.x((span[0] + span[1]) / 2, start, end);
    }

    /** The time a point's date covers, in years: a year, a month, or a day as one instant. */
    private static double[] span(Charts.Milestone point) {
        double at = Charts.year(point.date());
        String text = point.date() == null || !point.date().isLiteral() ? "" : point.date().getLiteralLexicalForm();
        if (text.matches("\\d{4}")) return new double[] {at, at + 1};
        if (text.matches("\\d{4}-\\d{2}")) return new double[] {at, at + 1 / 12.0};
        return new double[] {at, at};
    }

    /** Whether two points would cover each other on one line: then each gets a row of its own. */
    private boolean crowded() {
        List<double[]> spans = points.stream().map(p -> {
            double[] span = span(p);
            return new double[] {canvas.x(span[0], start, end) - RADIUS, Math.max(canvas.x(span[1], start, end), canvas.x(span[0], start, end) + RADIUS)};
        }).sorted(Comparator.comparingDouble(a -> a[0])).toList();
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i)[0] < spans.get(i - 1)[1] + RADIUS) return true;
        }
        return false;
    }
}
