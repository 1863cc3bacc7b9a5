package org.w3id.scokg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One layout of a picture: the width of its SVG's {@code viewBox} and the size of its text. A
 * picture is drawn twice, {@link #WIDE} for a screen and {@link #NARROW} for a phone, and the
 * stylesheet shows the one that fits: an SVG scales as a whole, so a picture 800 wide shrunk to a
 * phone's 358 pixels has text 5 pixels high. The narrow one is about
 * as wide as a phone's column, so its text is drawn at about its own size.
 *
 * <p>Text never runs out of the picture nor is cut short: a label wraps between words (a Chinese
 * one between any two characters) into lines no wider than the room it has, measured with widths
 * a little over a system font's, so a line fits whichever font the reader has.
 */
final class ChartCanvas {
    /** For a screen: 800 wide, text 12 (about 12 to 15 pixels on a column 64rem wide). */
    static final ChartCanvas WIDE = new ChartCanvas("wide", 800, 12, 40, 20);
    /** For a phone: 360 wide, text 13 (about 13 pixels on a 390-pixel screen). */
    static final ChartCanvas NARROW = new ChartCanvas("narrow", 360, 13, 34, 18);
    /** Chinese punctuation that never starts a line, and that never ends one. */
    private static final String CLOSING = "，。、；：！？）」』》〉”’";
    private static final String OPENING = "（「『《〈“‘";

    /** The class of its SVG, which the stylesheet shows or hides ({@code svg.wide}, {@code svg.narrow}). */
    final String name;
    final int width;
    final int font;
    /** Room left of the time axis (for the counts of a step chart) and right of it. */
    final int left;
    final int right;

    private ChartCanvas(String name, int width, int font, int left, int right) {
        this.name = name;
        this.width = width;
        this.font = font;
        this.left = left;
        this.right = right;
    }

    /** The distance between two lines of a label. */
    int lineHeight() {
        return Math.round(font * 1.3f);
    }

    /** Where a time ({@link Charts#year}) stands between {@code start} and {@code end}. */
    double x(double year, double start, double end) {
        return left + (width - left - right) * (year - start) / Math.max(1e-9, end - start);
    }

    /**
     * The SVG element, with its title and description, as the figure's accessible name. A picture
     * whose marks are {@code links} is a {@code group}, not an {@code img}: an image's content is
     * presentational, so a screen reader would not reach its links, and axe-core's nested-interactive
     * rule says so.
     */
    StringBuilder open(String id, Charts.Title title, Charts.Title description, int height, boolean links) {
        String own = this == WIDE ? id : id + "-" + name;
        return new StringBuilder("<svg class=\"").append(name).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"").append(links ? "group" : "img").append("\" aria-labelledby=\"").append(own).append("-title ").append(own)
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"").append(font).append("\">").append("<title id=\"").append(own)
                .append("-title\"").append(title.langAttribute()).append('>').append(Html.escape(title.text())).append("</title><desc id=\"").append(own)
                .append("-desc\"").append(description.langAttribute()).append('>').append(Html.escape(description.text())).append("</desc>");
    }

    /** Years along the bottom at {@code y}, a faint line up from each, as many as fit without crowding. */
    void axis(StringBuilder svg, double start, double end, int y) {
        double perYear = (width - left - right) / Math.max(1e-9, end - start);
        int step = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 50}) {
            step = candidate;
            if (perYear * candidate >= font * 3.6) break;
        }
        for (int year = (int) Math.ceil(start); year <= end; year++) {
            if (year % step != 0) continue;
            double x = x(year, start, end);
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"10\" y2=\"").append(y - font).append("\" stroke=\"#eef0f3\"/>")
                    .append(text(x, y, Integer.toString(year), "middle"));
        }
    }

    /**
     * One line of text, hidden from screen readers: a picture's words (its years, counts and names)
     * are said by its links' names and by the table beside it, and in a picture with links, which is
     * a group that a screen reader enters, they were read one by one between the links.
     */
    String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" fill=\"#1b1f24\"" + HIDDEN + ">" + Html.escape(text) + "</text>";
    }

    private static final String HIDDEN = " aria-hidden=\"true\"";

    /** Lines of text, the first with its baseline at {@code y}, each under the one before, hidden as {@link #text(double, double, String, String)} is. */
    String text(double x, double y, List<String> lines, String anchor) {
        if (lines.size() == 1) return text(x, y, lines.get(0), anchor);
        StringBuilder text = new StringBuilder("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"#1b1f24\"").append(HIDDEN).append('>');
        for (int i = 0; i < lines.size(); i++) {
            text.append("<tspan x=\"").append(fmt(x)).append('"');
            if (i > 0) text.append(" dy=\"").append(lineHeight()).append('"');
            text.append('>').append(Html.escape(lines.get(i))).append("</tspan>");
        }
        return text.append("</text>").toString();
    }

    /**
     * {@code text} in lines no wider than {@code room}: broken at spaces, and between any two
     * characters of Chinese (which has no spaces); a word wider than the room alone is broken where
     * it must be. Nothing is left out.
     */
    List<String> wrap(String text, double room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            String joined = line.isEmpty() ? piece.stripLeading() : line + piece;
            if (line.isEmpty() || measure(joined) <= room) {
                line.setLength(0);
                line.append(joined);
            } else {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(piece.stripLeading());
            }
            while (measure(line.toString()) > room && line.length() > 1) {
                int fits = 1;
                while (fits < line.length() && measure(line.substring(0, fits + 1)) <= room) fits++;
                lines.add(line.substring(0, fits));
                line.delete(0, fits);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** How wide {@code text} is drawn, a little over a system font's widths: Chinese a square, capitals wider. */
    double measure(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            em += wide(c) ? 1.0 : c == ' ' ? 0.33 : Character.isUpperCase(c) ? 0.72 : Character.isDigit(c) ? 0.6 : 0.58;
        }
        return em * font;
    }

    /**
     * The pieces a line may break between: a word with the space before it, or one Chinese
     * character; Chinese punctuation that opens stays with what follows it, and what closes with
     * what comes before it, as Chinese lines are broken.
     */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean glued = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (CLOSING.indexOf(c) >= 0 && (!piece.isEmpty() || !pieces.isEmpty())) {
                if (piece.isEmpty()) pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + Character.toString(c));
                else piece.appendCodePoint(c);
                glued = false;
                continue;
            }
            if ((c == ' ' || wide(c)) && !piece.toString().isBlank() && !glued) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(c);
            glued = OPENING.indexOf(c) >= 0;
            if (wide(c) && !glued) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (!piece.isEmpty()) pieces.add(piece.toString());
        return pieces;
    }

    /** A character drawn a full square wide: Chinese, and the full-width punctuation around it. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
