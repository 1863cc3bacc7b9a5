package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartsTest {
    /** A review of 4 December 2026: 17 SCO partners drew their line along the picture's top edge, above the last label, 15. */
    @Test
    void the_scale_of_counts_ends_at_a_labelled_line_at_or_above_the_most() {
        assertEquals(1, Charts.countStep(1));
        assertEquals(1, Charts.countStep(6));
        assertEquals(2, Charts.countStep(7));
        assertEquals(5, Charts.countStep(17));
        assertEquals(5, Charts.countStep(30));
        assertEquals(10, Charts.countStep(31));
        assertEquals(200, Charts.countStep(1_000));
        Map<String, List<Integer>> counts = Map.of("partner", List.of(17));
        String figure = Charts.steps("enlargement", Charts.Title.of("Enlargement"), Charts.Title.of("States by status"), new Charts.Steps(List.of(date("2025-09-01")), counts),
                Map.of("partner", new Charts.Category("SCO partner", "#7570b3")), Texts.of(Language.EN));
        assertTrue(figure.contains(">20</text>") && figure.contains(">15</text>") && !figure.contains(">17</text>"), figure);
    }

    /** A review of 4 December 2026: a Russian caption put an English title in Russian words, unmarked. */
    @Test
    void a_title_marks_a_name_in_another_language_than_the_pages() {
        Texts russian = Texts.of(Language.RU);
        Charts.Title title = Charts.Title.of(russian, "chart.life.title", new Labels.Label("Code <of> conduct", "en"));
        assertEquals("История документа «<span lang=\"en\">Code &lt;of&gt; conduct</span>»", title.html());
        assertEquals("История документа «Устав»", Charts.Title.of(russian, "chart.life.title", new Labels.Label("Устав", "ru")).html());
        String figure = Charts.milestones("life", title, Charts.Title.of(""), List.of(point("2011-09-12", "x", "en")), KIND, russian);
        assertTrue(figure.contains("<figcaption>" + title.html() + "</figcaption>") && figure.contains("<caption>" + title.html() + "</caption>"), figure);
        // The picture's own title is text alone, which marks no part: in the name's language whole, and
        // said to be (a review of issue 15 on 6 December 2026 found it Russian around an English title).
        assertEquals("The life of “Code <of> conduct”", title.text());
        assertEquals("en", title.lang());
        assertTrue(figure.contains("<title id=\"life-title\" lang=\"en\">The life of “Code &lt;of&gt; conduct”</title>"), figure);
        Charts.Title russianName = Charts.Title.of(russian, "chart.life.title", new Labels.Label("Устав", "ru"));
        assertEquals("История документа «Устав»", russianName.text());
        assertEquals("", russianName.lang(), "the page's language");
    }

    private static final String LONG = "Meeting of the SCO Expert Group on International Information Security at Moscow (2019)";
    private static final String CHINESE = "提交：信息安全国际行为准则（2011-09-12）";

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    private static Charts.Milestone point(String date, String label, String lang) {
        return new Charts.Milestone(date(date), new Labels.Label(label, lang), "kind", new Charts.Link("/doc/event/x", new Labels.Label(label, lang)));
    }

    private static final Map<String, Charts.Category> KIND = Map.of("kind", new Charts.Category("summit", "#1f77b4"));

    /** The texts of a picture's labels, a label's lines joined as they read. */
    private static List<String> labels(String svg) {
        List<String> labels = new ArrayList<>();
        Matcher text = Pattern.compile("<text [^>]*>(.*?)</text>").matcher(svg);
        while (text.find()) {
            String inner = text.group(1);
            List<String> lines = new ArrayList<>();
            Matcher span = Pattern.compile("<tspan[^>]*>(.*?)</tspan>").matcher(inner);
            while (span.find()) lines.add(span.group(1));
            labels.add(lines.isEmpty() ? inner : String.join(" ", lines));
        }
        return labels;
    }

    @ParameterizedTest(name = "{0} milestones")
    @ValueSource(ints = {2, 12})
    void a_label_is_whole_in_both_layouts_however_long(int count) {
        List<Charts.Milestone> points = new ArrayList<>();
        for (int i = 0; i < count; i++) points.add(point((2001 + i) + "-06-15", LONG, "en"));
        String figure = Charts.milestones("events", Charts.Title.of("Summits"), Charts.Title.of("Every summit"), points, KIND, Texts.of(Language.EN));
        assertFalse(figure.contains("…"), "nothing cut short");
        for (String layout : List.of("wide", "narrow")) {
            String svg = figure.substring(figure.indexOf("<svg class=\"" + layout + "\""));
            svg = svg.substring(0, svg.indexOf("</svg>"));
            List<String> whole = labels(svg).stream().filter(l -> l.endsWith(LONG)).toList();
            assertEquals(count, whole.size(), layout + ": " + labels(svg));
        }
    }

    /**
     * Every point's label says its date, on a screen as on a phone: the axis says only years. A review
     * on 5 December 2026 found document A/66/359's submission (12 September 2011) and issue (the 14th)
     * labelled without their dates at 1280 pixels, each in a row of its own, while the phone's drawing
     * showed them. Two days apart (rows), years apart (one line), a year only (a bar) and twelve points.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2011-09-12 2011-09-14", "2001-06-15 2006-06-15 2011-06-15", "1998 2001-06-15", "2000-06-15 2001-06-15 2002-06-15 2003-06-15 2004-06-15 "
            + "2005-06-15 2006-06-15 2007-06-15 2008-06-15 2009-06-15 2010-06-15 2011-06-15"})
    void every_label_begins_with_its_date_at_every_width(String dates) {
        List<Charts.Milestone> points = new ArrayList<>();
        for (String day : dates.split(" ")) {
            Node date = day.length() == 4 ? NodeFactory.createLiteralDT(day, XSDDatatype.XSDgYear) : date(day);
            points.add(new Charts.Milestone(date, new Labels.Label("act of " + day, "en"), "kind", null));
        }
        String figure = Charts.milestones("life", Charts.Title.of("Life"), Charts.Title.of("Its dates"), points, KIND, Texts.of(Language.EN));
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            List<String> labels = labels(svg(figure, canvas)).stream().filter(l -> l.contains("act of")).toList();
            assertEquals(points.size(), labels.size(), canvas.name + ": " + labels);
            for (String day : dates.split(" ")) assertTrue(labels.contains(day + " act of " + day), canvas.name + ": " + day + " in " + labels);
        }
    }

    /**
     * No two labels cover each other: three points two years apart on an axis to 2025 have room for
     * their dots on one line, but the first and the third label, both above it, overlapped (found on 5
     * December 2026 while checking A/66/359's labels); such points get a row each.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2001-06-15 2003-06-15 2005-06-15 2025-06-15", "2011-09-12 2011-09-14", "2001-06-15 2013-06-15 2025-06-15"})
    void no_two_labels_cover_each_other(String dates) {
        List<Charts.Milestone> points = new ArrayList<>();
        for (String day : dates.split(" ")) points.add(new Charts.Milestone(date(day), new Labels.Label("Signing of the agreement by its parties", "en"), "kind", null));
        String figure = Charts.milestones("life", Charts.Title.of("Life"), Charts.Title.of("Its dates"), points, KIND, Texts.of(Language.EN));
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            List<double[]> boxes = new ArrayList<>();
            Matcher text = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\" text-anchor=\"(\\w+)\"[^>]*>(.*?)</text>").matcher(svg(figure, canvas));
            while (text.find()) {
                List<String> lines = new ArrayList<>();
                Matcher span = Pattern.compile("<tspan[^>]*>(.*?)</tspan>").matcher(text.group(4));
                while (span.find()) lines.add(span.group(1));
                if (lines.isEmpty()) lines.add(text.group(4));
                if (!String.join(" ", lines).contains("Signing")) continue;
                double width = lines.stream().mapToDouble(canvas::measure).max().orElse(0);
                double x = Double.parseDouble(text.group(1));
                double left = text.group(3).equals("middle") ? x - width / 2 : text.group(3).equals("end") ? x - width : x;
                double y = Double.parseDouble(text.group(2));
                boxes.add(new double[] {left, y - canvas.font, left + width, y + (lines.size() - 1) * canvas.lineHeight()});
            }
            assertEquals(points.size(), boxes.size(), canvas.name);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    assertFalse(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], canvas.name + ": labels " + i + " and " + j + " meet");
                }
            }
        }
    }

    /**
     * A date known only to the year is a bar over that year, not a dot on 1 January, and two of one
     * year get a row each on a screen (a review on 3 December 2026: resolution 53/70's submission and
     * adoption, both "1998", were one dot on the first day, the adoption hidden under it).
     */
    @Test
    void a_year_only_date_is_a_bar_over_its_year_and_two_of_one_year_do_not_hide_each_other() {
        Node year = NodeFactory.createLiteralDT("1998", XSDDatatype.XSDgYear);
        List<Charts.Milestone> points = List.of(new Charts.Milestone(year, new Labels.Label("submitted", "en"), "kind", null),
                new Charts.Milestone(year, new Labels.Label("adopted", "en"), "kind", null), point("2001-06-15", "signed", "en"));
        String figure = Charts.milestones("life", Charts.Title.of("Life"), Charts.Title.of("Its life"), points, KIND, Texts.of(Language.EN));
        String wide = figure.substring(figure.indexOf("<svg class=\"wide\""));
        wide = wide.substring(0, wide.indexOf("</svg>"));
        Matcher bars = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\"[^>]*><title>1998 ").matcher(wide);
        List<String> ys = new ArrayList<>();
        while (bars.find()) {
            ys.add(bars.group(2));
            assertTrue(Double.parseDouble(bars.group(3)) > 100, "a year is wide on a line from 1998 to 2002: " + bars.group(3));
        }
        assertEquals(2, ys.size(), wide);
        assertFalse(ys.get(0).equals(ys.get(1)), "a row each: " + ys);
        assertEquals(1, Pattern.compile("<circle ").matcher(wide).results().count(), "the day is a dot");
    }

    @Test
    void a_picture_is_drawn_for_a_screen_and_for_a_phone_each_with_its_own_name() {
        String figure = Charts.milestones("life", Charts.Title.of("The life of the code"), Charts.Title.of("Its dates"), List.of(point("2011-09-12", CHINESE, "zh")), KIND, Texts.of(Language.ZH));
        assertTrue(figure.contains("<svg class=\"wide\"") && figure.contains("viewBox=\"0 0 800 ") && figure.contains("aria-labelledby=\"life-title life-desc\""), figure);
        assertTrue(figure.contains("<svg class=\"narrow\"") && figure.contains("viewBox=\"0 0 360 ") && figure.contains("aria-labelledby=\"life-narrow-title life-narrow-desc\""),
                figure);
        assertTrue(figure.contains("<title>2011-09-12 " + CHINESE + "</title>"), "the point's title says it whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {LONG, CHINESE, "Шанхайская организация сотрудничества: государство-член с 2017-06-09", "A/66/359-and-a-very-long-key-with-no-spaces-at-all"})
    void wrapping_keeps_every_character_and_each_line_fits(String text) {
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            for (double room : new double[] {120, 200, 350}) {
                List<String> lines = canvas.wrap(text, room);
                assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost at " + room);
                lines.forEach(line -> assertTrue(canvas.measure(line) <= room, "'" + line + "' fits " + room));
                for (String line : lines) {
                    assertFalse("，。、；：！？）」』》〉".indexOf(line.codePointAt(0)) >= 0, "no line starts with closing punctuation: " + lines);
                    assertFalse("（「『《〈".indexOf(line.codePointAt(line.length() - 1)) >= 0, "no line ends with opening punctuation: " + lines);
                }
            }
        }
    }

    /**
     * A status is drawn only while some state holds it (a review on 4 December 2026: the Shanghai
     * Five's members ran along zero from 2001 to today, and every later status from 1996 to its first
     * member). Partners: none in 1996, two from 2009 to 2015, none after; members: five from 1996.
     */
    @Test
    void a_step_line_is_drawn_only_while_its_status_has_members() {
        List<Node> dates = List.of(date("1996-04-26"), date("2009-06-16"), date("2015-07-10"));
        Map<String, List<Integer>> counts = new java.util.LinkedHashMap<>();
        counts.put("member", List.of(5, 5, 5));
        counts.put("partner", List.of(0, 2, 0));
        Map<String, Charts.Category> categories = Map.of("member", new Charts.Category("member state", "#1f77b4"),
                "partner", new Charts.Category("dialogue partner", "#1b9e77"));
        String figure = Charts.steps("enlargement", Charts.Title.of("Enlargement"), Charts.Title.of("States by status"), new Charts.Steps(dates, counts), categories, Texts.of(Language.EN));
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            String svg = figure.substring(figure.indexOf("<svg class=\"" + canvas.name + "\""));
            svg = svg.substring(0, svg.indexOf("</svg>"));
            // The count lines' labels: "0" stands on the zero line.
            Matcher zero = Pattern.compile("<line [^>]*y1=\"([0-9.]+)\"[^>]*/><text [^>]*>0</text>").matcher(svg);
            assertTrue(zero.find(), svg);
            String axis = zero.group(1);
            Matcher partner = Pattern.compile("<path d=\"([^\"]*)\"[^>]*stroke=\"#1b9e77\"/>").matcher(svg);
            assertTrue(partner.find(), "the partners have a line: " + svg);
            String d = partner.group(1);
            assertFalse(d.contains("," + axis) || d.contains("V" + axis), canvas.name + ": no part of the partners' line on zero: " + d);
            double from = canvas.x(Charts.year(dates.get(1)), 1996, Charts.today());
            double until = canvas.x(Charts.year(dates.get(2)), 1996, Charts.today());
            assertTrue(d.startsWith("M" + ChartCanvas.fmt(from) + ","), canvas.name + ": it begins with the first partner: " + d);
            assertTrue(d.endsWith("H" + ChartCanvas.fmt(until)), canvas.name + ": and ends when the last one goes: " + d);
        }
    }

    /** One layout's SVG of a figure. */
    private static String svg(String figure, ChartCanvas canvas) {
        String svg = figure.substring(figure.indexOf("<svg class=\"" + canvas.name + "\""));
        return svg.substring(0, svg.indexOf("</svg>"));
    }

    private static final String MEMBERSHIP = "India: member state of the Shanghai Cooperation Organisation from 2017-06-09";

    /** Issue 15: a bar stood for a membership, and only the table under the picture led to it. */
    @Test
    void a_bar_is_a_link_to_its_membership_named_as_its_page_names_it() {
        Charts.Bar bar = new Charts.Bar(new Labels.Label("Shanghai Cooperation Organisation", "en"), "member", date("2017-06-09"), null,
                new Charts.Link("/doc/membership/SCO-IN-MemberState", new Labels.Label(MEMBERSHIP, "en")));
        String figure = Charts.bars("statuses", Charts.Title.of("Statuses of India"), Charts.Title.of("Each status"), List.of(bar),
                Map.of("member", new Charts.Category("member state", "#1f77b4")), Texts.of(Language.EN));
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            String svg = svg(figure, canvas);
            assertTrue(svg.contains(" role=\"group\" aria-labelledby="), canvas.name + ": a picture of links is no image, whose links a screen reader skips");
            Matcher link = Pattern.compile("<a href=\"([^\"]*)\"><title>([^<]*)</title><rect [^>]*fill=\"#1f77b4\"><title>member state: 2017-06-09 – today</title></rect></a>")
                    .matcher(svg);
            assertTrue(link.find(), canvas.name + ": " + svg);
            assertEquals("/doc/membership/SCO-IN-MemberState", link.group(1));
            assertEquals(MEMBERSHIP, link.group(2), "the link's name is the membership's");
            // In a group a screen reader enters, the words drawn (years, names) were read between the links.
            assertTrue(svg.contains("<text "), canvas.name);
            assertFalse(Pattern.compile("<text (?![^>]*aria-hidden=\"true\")").matcher(svg).find(), canvas.name + ": every text is hidden: " + svg);
        }
        assertTrue(figure.contains("<tr><td data-label=\"In\"><a href=\"/doc/membership/SCO-IN-MemberState\">Shanghai Cooperation Organisation</a></td>"), "the table's row links there too");
    }

    /** A link's name in another language than the page's says so, as every name on the page does. */
    @Test
    void a_marks_link_names_its_language_when_it_is_not_the_pages() {
        Charts.Link english = new Charts.Link("/doc/act/x", new Labels.Label("Entry into force (China): Agreement", "en"));
        Texts chinese = Texts.of(Language.ZH);
        assertEquals("<a href=\"/doc/act/x\"><title lang=\"en\">Entry into force (China): Agreement</title><circle/></a>", Charts.linked("<circle/>", english, chinese));
        assertEquals("<a href=\"/doc/act/x\"><title>Entry into force (China): Agreement</title><circle/></a>", Charts.linked("<circle/>", english, Texts.of(Language.EN)));
        assertEquals("<circle/>", Charts.linked("<circle/>", null, chinese), "a mark of nothing else is no link");
    }

    /**
     * A point of an act links to the act's page, on one line, in rows and on a phone; a document's own
     * date (its issue, on its own page) is no link.
     */
    @ParameterizedTest(name = "{0} milestones")
    @ValueSource(ints = {2, 12})
    void a_point_is_a_link_to_its_act_and_a_point_of_no_page_is_none(int count) {
        List<Charts.Milestone> points = new ArrayList<>();
        points.add(new Charts.Milestone(date("2000-01-01"), new Labels.Label("The agreement", "en"), "kind", null));
        for (int i = 1; i < count; i++) {
            String act = "/doc/act/signing-" + i;
            points.add(new Charts.Milestone(date((2000 + i) + "-06-15"), new Labels.Label("China", "en"), "kind", new Charts.Link(act, new Labels.Label("Signing " + i, "en"))));
        }
        String figure = Charts.milestones("life", Charts.Title.of("Life"), Charts.Title.of("Its dates"), points, KIND, Texts.of(Language.EN));
        for (ChartCanvas canvas : Charts.LAYOUTS) {
            String svg = svg(figure, canvas);
            assertTrue(svg.contains(" role=\"group\" aria-labelledby="), canvas.name);
            assertEquals(count - 1, Pattern.compile("<a href=\"/doc/act/signing-(\\d+)\"><title>Signing \\1</title><(circle|rect) [^>]*><title>\\d{4}-06-15 China</title></\\2></a>")
                    .matcher(svg).results().count(), canvas.name + ": " + svg);
            assertTrue(Pattern.compile("(?<!</title>)<circle [^>]*><title>2000-01-01 The agreement</title></circle>(?!</a>)").matcher(svg).find(), canvas.name + ": no link");
        }
        assertTrue(figure.contains("<a href=\"/doc/act/signing-1\">China</a></td></tr>"), "the table's row links there too");
    }

    @Test
    void a_picture_of_counts_links_nothing_and_stays_an_image() {
        String figure = Charts.steps("enlargement", Charts.Title.of("Enlargement"), Charts.Title.of("States by status"), new Charts.Steps(List.of(date("2001-06-15")),
                Map.of("member", List.of(6))), Map.of("member", new Charts.Category("member state", "#1f77b4")), Texts.of(Language.EN));
        assertTrue(figure.contains("role=\"img\"") && !figure.contains("role=\"group\""), figure);
        assertFalse(figure.substring(0, figure.indexOf("<table")).contains("<a "), "a line of counts stands for no one thing");
    }

    @Test
    void a_phone_sees_text_at_about_its_own_size() {
        // The narrow picture fills a 390-pixel phone's column of 358 pixels: its text is drawn about 13 pixels high.
        double scale = 358.0 / ChartCanvas.NARROW.width;
        assertTrue(ChartCanvas.NARROW.font * scale >= 12, "text " + ChartCanvas.NARROW.font * scale + " px");
    }
}
