package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
    @Test
    void escape_leaves_no_markup() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", Html.escape("<script>alert(\"x\" & 'y')</script>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "India: member state from 2017-06-09|India: member state from <time>2017-06-09</time>",
        "斯里兰卡：对话伙伴（上海合作组织，2009-06-16至2025-09-01）|斯里兰卡：对话伙伴（上海合作组织，<time>2009-06-16</time>至<time>2025-09-01</time>）",
        "a month 2023-07 and a year 2023|a month <time>2023-07</time> and a year 2023",
        "<span lang=\"en\" title=\"2017-06-09\">from 2017-06-09</span>|<span lang=\"en\" title=\"2017-06-09\">from <time>2017-06-09</time></span>",
        "the key SCO-IN-MemberState-2017-06-09 stays whole|the key SCO-IN-MemberState-2017-06-09 stays whole",
        "no date at all|no date at all"})
    void keep_dates_puts_each_date_of_the_text_in_a_time_element(String html, String expected) {
        assertEquals(expected, Html.keepDates(html));
    }
}
