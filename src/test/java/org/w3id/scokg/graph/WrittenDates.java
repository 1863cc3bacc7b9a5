package org.w3id.scokg.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a quoted text states a day, in the ways the sources' sentences write days: 2011-09-12, 12 September 2011,
 * 14 September, 2011, September 12, 2011, Sept. 12, 12.09.2011, 12 сентября 2011, 2011年9月12日, and a day within a
 * span (11-12 September 2014, September 11 and 12, 2014, May 21-22, 15-17 ноября, 2015年7月9日至10日, 9月15日到16日).
 * The day must stand with its month; the year must stand in the text, beside them or elsewhere (a dateline: "ДУШАНБЕ,
 * 20.11.2023 ... 15-17 ноября"), or be the year of the page the text is on (a report of 2017 datelined "ASTANA, June 9").
 * A text that gives the day only as a weekday ("Tuesday") or "today" does not state it.
 */
final class WrittenDates {
    private static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> RUSSIAN = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    /** A day in a span: "11-12", "11 and 12", "9 to 10"; the other day of the span is any number. */
    private static final String JOIN = "\\s*(?:[-–—]|and|to|и)\\s*";

    private WrittenDates() {}

    /** True when the text, on a page of the year {@code pageYear} (or null, if not known), states the day. */
    static boolean statesDay(String text, LocalDate day, String pageYear) {
        String year = Integer.toString(day.getYear());
        if (!text.contains(year) && !year.equals(pageYear)) return false;
        return patterns(day).stream().anyMatch(p -> p.matcher(text).find());
    }

    private static List<Pattern> patterns(LocalDate day) {
        int m = day.getMonthValue();
        String d = "0?" + day.getDayOfMonth();
        String inSpan = "(?<!\\d)(?:\\d{1,2}" + JOIN + ")?" + d + "(?:" + JOIN + "\\d{1,2})?(?!\\d)";
        String english = ENGLISH.get(m - 1);
        String month = "(?:" + english + "|" + english.substring(0, 3) + "\\.?|" + (m == 9 ? "Sept\\.?" : english) + ")";
        return List.of(
                Pattern.compile(day.toString()),
                Pattern.compile(inSpan + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + "(?![a-z])", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?<![a-z])" + month + "\\s+" + inSpan + "(?:st|nd|rd|th)?(?!\\d)", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?<!\\d)" + d + "\\.0?" + m + "\\." + day.getYear()),
                Pattern.compile(inSpan + "\\s+" + RUSSIAN.get(m - 1)),
                Pattern.compile("(?<!\\d)0?" + m + "月(?:\\d{1,2}日?\\s*[至到\\-–—～]\\s*)?" + d + "日"));
    }
}
