package org.w3id.scokg.server.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Pictures drawn on the server as accessible SVG, with no script and nothing fetched: an SVG with
 * {@code role="img"}, a {@code title} and a {@code desc} the figure points to, and the same facts as
 * a table under it (a screen reader, a phone too narrow for the picture and a search engine read
 * the table). Three kinds: bars over time (statuses held), steps (how many held each status on each
 * date) and milestones (the dates of a document's life, of events).
 */
public final class Charts {
    /** A bar: a row, a category (the colour), when it begins and ends (null: it lasts), and a link. */
    public record Bar(Labels.Label row, String category, Node from, Node until, String href) {}

    /** A point in time: its date, its label, its category and a link (null: none). */
    public record Milestone(Node date, Labels.Label label, String category, String href) {}

    /** Counts by category at each date where one changes. */
    public record Steps(List<Node> dates, Map<String, List<Integer>> counts) {}

    /** A category as a picture shows it: its name (in the legend and the table) and its colour. */
    public record Category(String name, String colour) {}

    /** The colours of categories, which {@link Pictures} gives them. */
    static final List<String> PALETTE = List.of("#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#b8860b", "#e7298a", "#4d4d4d");
    private static final int WIDTH = 800;
    private static final int LEFT = 40;
    /** Height of a row of bars: its name above, the bar under it. */
    private static final int ROW = 40;
    /** Milestones up to this many share one line; more get a row each. */
    private static final int FEW = 6;
    private static final int RIGHT = 20;

    private Charts() {}

    /**
     * Where a date, month or year literal stands on a time axis, as a number (2017-06-09 is 2017.44; a
     * month or a year alone stands at its start, where its span begins); NaN when it is none of them.
     */
    public static double year(Node literal) {
        if (literal == null || !literal.isLiteral()) return Double.NaN;
        String text = literal.getLiteralLexicalForm();
        try {
            if (text.matches("\\d{4}")) return Integer.parseInt(text);
            if (text.matches("\\d{4}-\\d{2}")) return Integer.parseInt(text.substring(0, 4)) + (Integer.parseInt(text.substring(5)) - 1) / 12.0;
            LocalDate date = LocalDate.parse(text.substring(0, 10));
            return date.getYear() + (date.getDayOfYear() - 1) / 365.25;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Bars over time, one row per bar label, from the earliest beginning to today. */
    public static String bars(String id, String title, String description, List<Bar> bars, Map<String, Category> categories, Texts texts) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, String> rowLanguages = new LinkedHashMap<>();
        bars.forEach(b -> {
            rows.putIfAbsent(b.row().text(), rows.size());
            rowLanguages.putIfAbsent(b.row().text(), b.row().lang());
        });
        double start = Math.floor(bars.stream().mapToDouble(b -> year(b.from())).filter(d -> !Double.isNaN(d)).min().orElse(2000));
        double end = today();
        int height = 40 + rows.size() * ROW;
        StringBuilder svg = open(id, title, description, height);
        axis(svg, start, end, height - 20);
        // Each row's name stands above its bars, across the whole width, so a long name is never cut.
        rows.forEach((label, row) -> svg.append(inLanguage(text(LEFT, 14 + row * ROW, label, "start"), rowLanguages.get(label), texts)));
        for (Bar bar : bars) {
            int row = rows.get(bar.row().text());
            double from = year(bar.from());
            double until = bar.until() == null ? end : year(bar.until());
            double x = x(from, start, end);
            double w = Math.max(2, x(until, start, end) - x);
            // No links inside the picture: an image is not a control (the table under it links each status).
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(20 + row * ROW)
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"18\" rx=\"3\" fill=\"").append(categories.get(bar.category()).colour())
                    .append("\"><title>").append(Html.escape(categories.get(bar.category()).name()))
                    .append(texts.colon()).append(Html.escape(dateText(bar.from()))).append(" – ").append(Html.escape(bar.until() == null ? texts.get("chart.now") : dateText(bar.until())))
                    .append("</title></rect>");
        }
        svg.append("</svg>");
        legend(svg, categories);
        StringBuilder table = new StringBuilder("<table><caption>").append(Html.escape(title)).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.who"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.status")))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.from"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.until"))).append("</th></tr>");
        for (Bar bar : bars) {
            table.append("<tr><td><a href=\"").append(Html.escape(bar.href())).append("\">").append(bar.row().html(texts.language())).append("</a></td><td>")
                    .append(Html.escape(categories.get(bar.category()).name())).append("</td><td>").append(Html.date(dateText(bar.from())))
                    .append("</td><td>").append(bar.until() == null ? "—" : Html.date(dateText(bar.until()))).append("</td></tr>");
        }
        return figure(id, svg, table.append("</table>"), title, texts);
    }

    /** Step lines: how many things held each category at each date, from the first date to today. */
    public static String steps(String id, String title, String description, Steps steps, Map<String, Category> categories, Texts texts) {
        double start = Math.floor(year(steps.dates().get(0)));
        double end = today();
        int max = steps.counts().values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1);
        int plot = 200;
        int height = plot + 50;
        StringBuilder svg = open(id, title, description, height);
        axis(svg, start, end, height - 20);
        for (int n = 0; n <= max; n += Math.max(1, max / 5)) {
            double y = 10 + plot - plot * n / (double) max;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
                    .append("\" stroke=\"#e3e6ea\"/>").append(text(LEFT - 6, y + 4, Integer.toString(n), "end"));
        }
        for (Map.Entry<String, List<Integer>> series : steps.counts().entrySet()) {
            StringBuilder path = new StringBuilder();
            List<Integer> counts = series.getValue();
            for (int i = 0; i < counts.size(); i++) {
                double x = x(year(steps.dates().get(i)), start, end);
                double y = 10 + plot - plot * counts.get(i) / (double) max;
                path.append(i == 0 ? "M" : "H").append(fmt(x)).append(i == 0 ? "," + fmt(y) : "V" + fmt(y));
            }
            path.append("H").append(fmt(x(end, start, end)));
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(categories.get(series.getKey()).colour()).append("\"/>");
        }
        svg.append("</svg>");
        legend(svg, categories);
        StringBuilder table = new StringBuilder("<table><caption>").append(Html.escape(title)).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.date"))).append("</th>");
        steps.counts().keySet().forEach(c -> table.append("<th scope=\"col\">").append(Html.escape(categories.get(c).name())).append("</th>"));
        table.append("</tr>");
        for (int i = 0; i < steps.dates().size(); i++) {
            table.append("<tr><td>").append(Html.date(dateText(steps.dates().get(i)))).append("</td>");
            for (List<Integer> counts : steps.counts().values()) table.append("<td>").append(counts.get(i)).append("</td>");
            table.append("</tr>");
        }
        return figure(id, svg, table.append("</table>"), title, texts);
    }

    /**
     * Points on a time line. A few share one line, labelled alternately above and below it; more
     * get a row each, the label beside the point on the side with room, so no two labels overlap.
     */
    public static String milestones(String id, String title, String description, List<Milestone> points, Map<String, Category> categories, Texts texts) {
        double start = Math.floor(points.stream().mapToDouble(p -> year(p.date())).min().orElse(2000));
        double end = Math.max(start + 1, Math.ceil(points.stream().mapToDouble(p -> year(p.date())).max().orElse(start) + 0.01));
        boolean rows = points.size() > FEW;
        int height = rows ? 50 + points.size() * 22 : 150;
        StringBuilder svg = open(id, title, description, height);
        axis(svg, start, end, height - 20);
        if (!rows) svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"70\" y2=\"70\" stroke=\"#8a939e\"/>");
        for (int i = 0; i < points.size(); i++) {
            Milestone point = points.get(i);
            double x = x(year(point.date()), start, end);
            double y = rows ? 20 + i * 22 : 70;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"6\" fill=\"").append(categories.get(point.category()).colour())
                    .append("\">").append(inLanguage("<title>" + Html.escape(dateText(point.date()) + " " + point.label().text()) + "</title>", point.label().lang(), texts))
                    .append("</circle>");
            String label = point.label().text().length() > 48 ? point.label().text().substring(0, 47) + "…" : point.label().text();
            String lang = point.label().lang();
            String shown = rows ? label : label.length() > 26 ? label.substring(0, 25) + "…" : label;
            boolean left = rows && x > (LEFT + WIDTH) / 2.0;
            String text = rows ? text(left ? x - 10 : x + 10, y + 4, shown, left ? "end" : "start") : text(x, i % 2 == 0 ? 50 : 98, shown, "middle");
            svg.append(inLanguage(text, lang, texts));
        }
        svg.append("</svg>");
        legend(svg, categories);
        StringBuilder table = new StringBuilder("<table><caption>").append(Html.escape(title)).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.date"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.what")))
                .append("</th></tr>");
        for (Milestone point : points) {
            String label = point.label().html(texts.language());
            table.append("<tr><td>").append(Html.date(dateText(point.date()))).append("</td><td>")
                    .append(Html.escape(categories.get(point.category()).name())).append(texts.colon())
                    .append(point.href() == null ? label : "<a href=\"" + Html.escape(point.href()) + "\">" + label + "</a>").append("</td></tr>");
        }
        return figure(id, svg, table.append("</table>"), title, texts);
    }

    /** A date as people write it; a year alone says so. */
    public static String dateText(Node literal) {
        return literal == null ? "" : literal.getLiteralLexicalForm();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title><desc id=\"").append(id).append("-desc\">")
                .append(Html.escape(description)).append("</desc>");
    }

    private static String figure(String id, StringBuilder svg, StringBuilder table, String title, Texts texts) {
        return new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\">").append(svg)
                .append("<figcaption>").append(Html.escape(title)).append("</figcaption><details><summary>")
                .append(Html.escape(texts.get("chart.table"))).append("</summary><div class=\"table-wrap\">").append(table).append("</div></details></figure>").toString();
    }

    private static void axis(StringBuilder svg, double start, double end, int y) {
        int step = end - start > 20 ? 5 : end - start > 8 ? 2 : 1;
        for (int year = (int) Math.ceil(start); year <= end; year++) {
            if (year % step != 0) continue;
            double x = x(year, start, end);
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"10\" y2=\"").append(y - 10).append("\" stroke=\"#eef0f3\"/>")
                    .append(text(x, y, Integer.toString(year), "middle"));
        }
    }

    private static void legend(StringBuilder svg, Map<String, Category> categories) {
        // The legend is HTML after the picture, so it wraps on a phone and reads as text.
        svg.append("<p class=\"legend\">");
        categories.values().forEach(c -> svg.append("<span><span class=\"swatch\" style=\"background:").append(c.colour())
                .append("\"></span> ").append(Html.escape(c.name())).append("</span> "));
        svg.append("</p>");
    }

    /** An element whose text is in {@code lang}: it says so when that is not the page's language, as every text of the page does. */
    private static String inLanguage(String element, String lang, Texts texts) {
        if (lang == null || lang.isEmpty() || lang.equals(texts.language().tag)) return element;
        int end = element.indexOf('>');
        int name = element.indexOf(' ') > 0 && element.indexOf(' ') < end ? element.indexOf(' ') : end;
        return element.substring(0, name) + " lang=\"" + Html.escape(lang) + "\"" + element.substring(name);
    }

    private static String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" fill=\"#1b1f24\">" + Html.escape(text) + "</text>";
    }

    private static double x(double year, double start, double end) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (year - start) / Math.max(1e-9, end - start);
    }

    private static double today() {
        LocalDate now = LocalDate.now();
        return now.getYear() + (now.getDayOfYear() - 1) / 365.25;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
