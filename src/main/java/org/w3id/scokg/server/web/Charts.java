package org.w3id.scokg.server.web;

import static org.w3id.scokg.server.web.ChartCanvas.fmt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/**
 * Pictures drawn on the server as accessible SVG, with no script and nothing fetched: an SVG with
 * {@code role="img"}, a {@code title} and a {@code desc} the figure points to, and the same facts as
 * a table under it (a screen reader and a search engine read the table). Three kinds: bars over
 * time (statuses held), steps (how many held each status on each date) and milestones (the dates of
 * a document's life, of events; {@link Timeline}). Each is drawn in two layouts, for a screen and
 * for a phone ({@link ChartCanvas}), and the stylesheet shows the one that fits.
 */
public final class Charts {
    /** A bar: a row, a category (the colour), when it begins and ends (null: it lasts), and the page of what it stands for. */
    public record Bar(Labels.Label row, String category, Node from, Node until, Link link) {}

    /** Where a mark leads: the page of what it stands for, and that thing's name as its page names it. */
    public record Link(String href, Labels.Label name) {}

    /**
     * A picture's title or description: its text (the picture's own {@code <title>} or {@code <desc>}),
     * the language of that text ({@code lang}, empty for the page's), and its HTML (the caption's and
     * the table's), where a name in another language than the page's is marked so, or a Russian
     * page's caption puts an English title among Russian words unmarked.
     */
    public record Title(String text, String html, String lang) {
        /** A title of the interface's words alone, in the page's language. */
        public static Title of(String text) {
            return new Title(text, Html.escape(text), "");
        }

        /**
         * The interface's words of {@code key} around {@code name} (then {@code more}), the name marked
         * with its language in the HTML. SVG's {@code <title>} and {@code <desc>} are text alone, which
         * can mark no part of itself, so the text is in one language: where the name is in another
         * than the page's (a document the graph names in English only, on a Russian page), the words
         * around it are that language's too, and the text says so ({@code lang}): else «История
         * документа «International code of conduct …»» is all Russian to a screen reader.
         */
        public static Title of(Texts texts, String key, Labels.Label name, Object... more) {
            Object[] marked = arguments(NAME_MARK, more);
            String html = Html.escape(texts.format(key, marked)).replace(NAME_MARK, name.html(texts.language()));
            Language own = name.lang().isEmpty() || name.lang().equals(texts.language().tag) ? null : Language.byTag(name.lang()).orElse(null);
            Texts words = own == null ? texts : Texts.of(own);
            return new Title(words.format(key, arguments(name.text(), more)), html, own == null ? "" : own.tag);
        }

        private static Object[] arguments(String name, Object... more) {
            Object[] all = new Object[more.length + 1];
            all[0] = name;
            System.arraycopy(more, 0, all, 1, more.length);
            return all;
        }

        /** {@code  lang="…"} for an element that holds the text, where it is not in the page's language. */
        String langAttribute() {
            return lang.isEmpty() ? "" : " lang=\"" + Html.escape(lang) + "\"";
        }

        /** Where the name goes in a title's words: a private-use character, which no text of the bundles holds. */
        private static final String NAME_MARK = "\uE000";
    }

    /** A point in time: its date, its label, its category and the page of what it stands for (null: none). */
    public record Milestone(Node date, Labels.Label label, String category, Link link) {}

    /** Counts by category at each date where one changes. */
    public record Steps(List<Node> dates, Map<String, List<Integer>> counts) {}

    /** A category as a picture shows it: its name (in the legend and the table) and its colour. */
    public record Category(String name, String colour) {}

    /** The colours of categories, which {@link Pictures} gives them. */
    static final List<String> PALETTE = List.of("#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#b8860b", "#e7298a", "#4d4d4d");
    static final List<ChartCanvas> LAYOUTS = List.of(ChartCanvas.WIDE, ChartCanvas.NARROW);
    /** The height of a bar. */
    private static final int BAR = 18;

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
    public static String bars(String id, Title title, Title description, List<Bar> bars, Map<String, Category> categories, Texts texts) {
        StringBuilder pictures = new StringBuilder();
        for (ChartCanvas canvas : LAYOUTS) pictures.append(bars(canvas, id, title, description, bars, categories, texts));
        StringBuilder table = new StringBuilder("<table class=\"stacked\"><caption>").append(title.html()).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.who"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.status")))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.from"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.until"))).append("</th></tr>");
        for (Bar bar : bars) {
            table.append("<tr>").append(Html.cell(texts.get("chart.who"), "<a href=\"" + Html.escape(bar.link().href()) + "\">" + bar.row().html(texts.language()) + "</a>"))
                    .append(Html.cell(texts.get("chart.status"), Html.escape(categories.get(bar.category()).name())))
                    .append(Html.cell(texts.get("chart.from"), dateCell(bar.from(), texts)))
                    .append(Html.cell(texts.get("chart.until"), bar.until() == null ? "—" : dateCell(bar.until(), texts))).append("</tr>");
        }
        return figure(id, pictures, categories, table.append("</table>"), title, texts);
    }

    private static String bars(ChartCanvas canvas, String id, Title title, Title description, List<Bar> bars, Map<String, Category> categories, Texts texts) {
        // Each row's name stands above its bars, across the whole width (in lines if it must), so a long name is never cut.
        Map<String, Integer> rowTops = new LinkedHashMap<>();
        StringBuilder names = new StringBuilder();
        int y = 4;
        for (Bar bar : bars) {
            if (rowTops.containsKey(bar.row().text())) continue;
            List<String> lines = canvas.wrap(bar.row().text(), canvas.width - canvas.left - 4);
            names.append(inLanguage(canvas.text(canvas.left, y + canvas.font, lines, "start"), bar.row().lang(), texts));
            y += canvas.font + (lines.size() - 1) * canvas.lineHeight() + 6;
            rowTops.put(bar.row().text(), y);
            y += BAR + 10;
        }
        double start = Math.floor(bars.stream().mapToDouble(b -> year(b.from())).filter(d -> !Double.isNaN(d)).min().orElse(2000));
        double end = today();
        int axis = y + canvas.font + 6;
        StringBuilder svg = canvas.open(id, title, description, axis + 8, true);
        canvas.axis(svg, start, end, axis);
        svg.append(names);
        for (Bar bar : bars) {
            double from = year(bar.from());
            double until = bar.until() == null ? end : year(bar.until());
            double x = canvas.x(from, start, end);
            double w = Math.max(2, canvas.x(until, start, end) - x);
            Category category = categories.get(bar.category());
            String mark = "<rect x=\"" + fmt(x) + "\" y=\"" + rowTops.get(bar.row().text()) + "\" width=\"" + fmt(w) + "\" height=\"" + BAR + "\" rx=\"3\" fill=\""
                    + category.colour() + "\"><title>" + Html.escape(category.name()) + texts.colon() + Html.escape(dateText(bar.from())) + " – "
                    + Html.escape(bar.until() == null ? texts.get("chart.now") : dateText(bar.until())) + "</title></rect>";
            svg.append(linked(mark, bar.link(), texts));
        }
        return svg.append("</svg>").toString();
    }

    /** Step lines: how many things held each category at each date, from the first date to today. */
    public static String steps(String id, Title title, Title description, Steps steps, Map<String, Category> categories, Texts texts) {
        StringBuilder pictures = new StringBuilder();
        for (ChartCanvas canvas : LAYOUTS) pictures.append(steps(canvas, id, title, description, steps, categories));
        StringBuilder table = new StringBuilder("<table class=\"stacked\"><caption>").append(title.html()).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.date"))).append("</th>");
        steps.counts().keySet().forEach(c -> table.append("<th scope=\"col\">").append(Html.escape(categories.get(c).name())).append("</th>"));
        table.append("</tr>");
        for (int i = 0; i < steps.dates().size(); i++) {
            table.append("<tr>").append(Html.cell(texts.get("chart.date"), dateCell(steps.dates().get(i), texts)));
            for (Map.Entry<String, List<Integer>> counts : steps.counts().entrySet()) {
                table.append(Html.cell(categories.get(counts.getKey()).name(), String.valueOf(counts.getValue().get(i))));
            }
            table.append("</tr>");
        }
        return figure(id, pictures, categories, table.append("</table>"), title, texts);
    }

    private static String steps(ChartCanvas canvas, String id, Title title, Title description, Steps steps, Map<String, Category> categories) {
        double start = Math.floor(year(steps.dates().get(0)));
        double end = today();
        int most = steps.counts().values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1);
        int step = countStep(most);
        // The scale's top is a labelled line at or above the most, not the most itself (17 SCO
        // partners), which would be drawn along the picture's edge above the last label (15).
        int max = Math.max(1, (most + step - 1) / step * step);
        int plot = Math.max(150, canvas.width / 4);
        int axis = 10 + plot + canvas.font + 8;
        StringBuilder svg = canvas.open(id, title, description, axis + 8, false);
        canvas.axis(svg, start, end, axis);
        for (int n = 0; n <= max; n += step) {
            double y = 10 + plot - plot * n / (double) max;
            svg.append("<line x1=\"").append(canvas.left).append("\" x2=\"").append(canvas.width - canvas.right).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e3e6ea\"/>").append(canvas.text(canvas.left - 6, y + canvas.font / 3.0, Integer.toString(n), "end"));
        }
        for (Map.Entry<String, List<Integer>> series : steps.counts().entrySet()) {
            String path = stepPath(canvas, steps.dates(), series.getValue(), start, end, plot, max);
            if (!path.isEmpty()) svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(categories.get(series.getKey()).colour()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** The step between labelled counts: 1, 2 or 5 times a power of ten, at most six labels above zero. */
    static int countStep(int most) {
        for (int power = 1;; power *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                if (most <= 6 * factor * power) return factor * power;
            }
        }
    }

    /**
     * A category's step line, drawn only while something holds it: a line from each date where its
     * count rises from none to the date where it falls to none again (or to today): lines run along
     * zero before a category's first member and after its last (the Shanghai Five's members from 2001
     * to today, the SCO partners' from 1996) would hide the axis and each other there.
     */
    private static String stepPath(ChartCanvas canvas, List<Node> dates, List<Integer> counts, double start, double end, int plot, int max) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < counts.size(); i++) {
            // A month or year alone comes after the days of it (Pictures.enlargement): its step is drawn
            // where the day before it stands, never back to its first day.
            double x = Math.max(last, canvas.x(year(dates.get(i)), start, end));
            last = x;
            double y = 10 + plot - plot * counts.get(i) / (double) max;
            if (counts.get(i) == 0) {
                if (drawing) path.append('H').append(fmt(x));
                drawing = false;
            } else {
                path.append(drawing ? "H" + fmt(x) + "V" + fmt(y) : "M" + fmt(x) + "," + fmt(y));
                drawing = true;
            }
        }
        if (drawing) path.append('H').append(fmt(canvas.x(end, start, end)));
        return path.toString();
    }

    /** Points on a time line ({@link Timeline}), with a table of their dates and labels. */
    public static String milestones(String id, Title title, Title description, List<Milestone> points, Map<String, Category> categories, Texts texts) {
        StringBuilder pictures = new StringBuilder();
        for (ChartCanvas canvas : LAYOUTS) pictures.append(new Timeline(canvas, points, categories, texts).draw(id, title, description));
        StringBuilder table = new StringBuilder("<table class=\"stacked\"><caption>").append(title.html()).append("</caption><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("chart.date"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("chart.what")))
                .append("</th></tr>");
        for (Milestone point : points) {
            String label = point.label().html(texts.language());
            table.append("<tr>").append(Html.cell(texts.get("chart.date"), dateCell(point.date(), texts)))
                    .append(Html.cell(texts.get("chart.what"), Html.escape(categories.get(point.category()).name()) + texts.colon()
                            + (point.link() == null ? label : "<a href=\"" + Html.escape(point.link().href()) + "\">" + label + "</a>")))
                    .append("</tr>");
        }
        return figure(id, pictures, categories, table.append("</table>"), title, texts);
    }

    /** A date as people write it; a year alone says so. */
    public static String dateText(Node literal) {
        return literal == null ? "" : literal.getLiteralLexicalForm();
    }

    /**
     * A date in a picture's table, and after a date known only to the month or the year the words
     * the named queries' {@code precision} column gives it, "2022-09 (precision: month)": the SCO's
     * enlargement lists "2022-09" after "2022-09-14" (Saudi Arabia's dialogue partnership, counted
     * from the month's last day, when it has surely begun), where a bare "2022-09" seems out of order.
     */
    static String dateCell(Node literal, Texts texts) {
        String date = Html.date(dateText(literal));
        String precision = literal == null || !literal.isLiteral() ? null : PRECISION.get(literal.getLiteralDatatypeURI());
        if (precision == null) return date;
        return date + texts.space() + texts.aside(Html.escape(texts.get("column.precision") + texts.colon() + texts.get("answer." + precision)));
    }

    /** The datatypes of a date known only to the month or the year, and the word for each. */
    private static final Map<String, String> PRECISION = Map.of(XSD.gYearMonth.getURI(), "month", XSD.gYear.getURI(), "year");

    /** Where today stands on a time axis. */
    static double today() {
        LocalDate now = LocalDate.now();
        return now.getYear() + (now.getDayOfYear() - 1) / 365.25;
    }

    /**
     * A mark as a link to the page of what it stands for (a bar to its membership, a point to its act
     * or event), as a reader clicks a bar on Wikidata's timelines: until issue 15 the marks were not
     * links, and only the table under the picture led on. The link's own {@code title} is its name,
     * the page's name of where it goes; the mark's {@code title} inside it still says what the mark
     * shows, and is the one a pointer's tooltip shows. A mark with no link (a document's own dates, on
     * its own page) is drawn as it is.
     */
    static String linked(String mark, Link link, Texts texts) {
        if (link == null) return mark;
        String name = inLanguage("<title>" + Html.escape(link.name().text()) + "</title>", link.name().lang(), texts);
        return "<a href=\"" + Html.escape(link.href()) + "\">" + name + mark + "</a>";
    }

    /** An element whose text is in {@code lang}: it says so when that is not the page's language, as every text of the page does. */
    static String inLanguage(String element, String lang, Texts texts) {
        if (lang == null || lang.isEmpty() || lang.equals(texts.language().tag)) return element;
        int end = element.indexOf('>');
        int name = element.indexOf(' ') > 0 && element.indexOf(' ') < end ? element.indexOf(' ') : end;
        return element.substring(0, name) + " lang=\"" + Html.escape(lang) + "\"" + element.substring(name);
    }

    private static String figure(String id, StringBuilder pictures, Map<String, Category> categories, StringBuilder table, Title title, Texts texts) {
        StringBuilder figure = new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\">").append(pictures);
        // The legend is HTML after the picture, so it wraps on a phone and reads as text.
        figure.append("<p class=\"legend\">");
        categories.values().forEach(c -> figure.append("<span><span class=\"swatch\" style=\"background:").append(c.colour())
                .append("\"></span> ").append(Html.escape(c.name())).append("</span> "));
        return figure.append("</p><figcaption>").append(title.html()).append("</figcaption><details><summary>")
                .append(Html.escape(texts.get("chart.table"))).append("</summary><div class=\"table-wrap\">").append(table).append("</div></details></figure>").toString();
    }
}
