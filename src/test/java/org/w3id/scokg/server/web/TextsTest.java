package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TextsTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_has_every_key_of_english(Language language) {
        Set<String> english = new TreeSet<>(Texts.of(Language.EN).keys());
        Set<String> other = new TreeSet<>(Texts.of(language).keys());
        assertEquals(english, other);
    }

    @Test
    void russian_and_chinese_words_are_their_own() {
        assertEquals("Запрос", Texts.of(Language.RU).get("nav.query"));
        assertEquals("查询", Texts.of(Language.ZH).get("nav.query"));
        assertEquals("государство-член", Texts.of(Language.RU).get("term.sco.MemberState"));
        assertEquals("成员国", Texts.of(Language.ZH).get("term.sco.MemberState"));
        for (String key : Texts.of(Language.EN).keys()) {
            String english = Texts.of(Language.EN).get(key);
            // The words, not a number's argument ("{0,number,integer}" alone, a count every language groups its own way).
            String words = english.replaceAll("\\{\\d+(,\\s*(number|date|time)(,\\s*\\w+)?)?\\}", "");
            if (words.matches(".*[a-z]{4,}.*") && !key.startsWith("format.") && !key.startsWith("dumps.kind.") && !key.startsWith("size.")
                    // The names of other graphs, the same in every language.
                    && !key.equals("column.dbpedia") && !key.equals("column.geonames")) {
                assertNotEquals(english, Texts.of(Language.RU).get(key), key + " is not translated into Russian");
                assertNotEquals(english, Texts.of(Language.ZH).get(key), key + " is not translated into Chinese");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_pattern_formats(Language language) {
        Texts texts = Texts.of(language);
        for (String key : texts.keys()) {
            // A pattern that counts by its second or third value (a linkset's links, a parameter given
            // twice) is given numbers there; the others a number first and words after it.
            boolean counts = texts.get(key).matches("(?s).*\\{[12],(number|plural|choice).*");
            String formatted = counts ? texts.format(key, 3, 4, 5) : texts.format(key, 3, "x", "y");
            assertTrue(!formatted.contains("{0") && !formatted.contains("{1"), key + ": " + formatted);
        }
    }

    /**
     * A count before its noun takes the noun's form by the count's last digits in Russian: 1, 21 and
     * 101 one form, 2 and 22 another, 5, 11, 25 and 111 a third. Until 6 December 2026 the patterns
     * were the JDK's {@code choice}, which compares numbers only, and a dump of 2 bytes read «2 байт»
     * (the code formats sizes from 0 to 1,023 bytes, and shared sources under 2 values or more).
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "size.bytes|1|1 байт",
        "size.bytes|2|2 байта",
        "size.bytes|5|5 байт",
        "size.bytes|11|11 байт",
        "size.bytes|21|21 байт",
        "size.bytes|22|22 байта",
        "size.bytes|25|25 байт",
        "size.bytes|101|101 байт",
        "size.bytes|111|111 байт",
        "values.shared|2|Источники, общие для 2 значений выше:",
        "values.shared|5|Источники, общие для 5 значений выше:",
        "values.shared|11|Источники, общие для 11 значений выше:",
        "values.shared|21|Источники, общие для 21 значения выше:",
        "values.shared|22|Источники, общие для 22 значений выше:",
        "values.shared|101|Источники, общие для 101 значения выше:",
        "values.shared|111|Источники, общие для 111 значений выше:",
        "search.results|0|По запросу «Индия» ничего не найдено",
        "search.results|1|По запросу «Индия» найден 1 результат",
        "search.results|2|По запросу «Индия» найдено 2 результата",
        "search.results|5|По запросу «Индия» найдено 5 результатов",
        "search.results|11|По запросу «Индия» найдено 11 результатов",
        "search.results|21|По запросу «Индия» найден 21 результат",
        "search.results|22|По запросу «Индия» найдено 22 результата",
        "search.results|25|По запросу «Индия» найдено 25 результатов",
        "search.results|101|По запросу «Индия» найден 101 результат",
        "search.results|111|По запросу «Индия» найдено 111 результатов",
        "query.more|1|Здесь показана только первая 1 строка; точка доступа /sparql выдаёт все.",
        "query.more|2|Здесь показаны только первые 2 строки; точка доступа /sparql выдаёт все.",
        "query.more|25|Здесь показаны только первые 25 строк; точка доступа /sparql выдаёт все.",
        "query.more|1000|Здесь показаны только первые 1 000 строк; точка доступа /sparql выдаёт все.",
        "said.bodyTooLarge|1048576|Тело запроса больше 1 048 576 байт.",
        "said.share|1|У этого клиента уже 1 запрос в очереди или в работе, больше одному клиенту нельзя; отправьте следующий, когда на один из них придёт ответ.",
        "said.share|4|У этого клиента уже 4 запроса в очереди или в работе, больше одному клиенту нельзя; отправьте следующий, когда на один из них придёт ответ.",
        "said.searches|5|У этого клиента уже 5 поисков в очереди или в работе, больше одному клиенту нельзя; отправьте следующий, когда на один из них придёт ответ.",
        "void.linksetChecked|27|ни одна из 27 ссылок не опирается на сопоставление, помеченное в данных как полученное из вторых рук или общеизвестное.",
        "void.linksetChecked|21|ни одна из 21 ссылки не опирается на сопоставление, помеченное в данных как полученное из вторых рук или общеизвестное."})
    void russian_nouns_agree_with_the_count_before_them(String key, long count, String expected) {
        assertEquals(expected, Texts.of(Language.RU).format(key, count, "Индия").replace('\u00a0', ' '));
    }

    /**
     * A 501's sentence in Russian has the server as its subject, so that «он принимает» names the
     * server: «Метод BREW этим сервером не реализован; он принимает GET, …» read as the method taking them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "said.unknownMethod|BREW|GET, POST, HEAD, OPTIONS|Этот сервер не реализует метод BREW; он принимает GET, POST, HEAD, OPTIONS.",
        "said.methodCase|get|GET|Этот сервер не реализует метод get: имя метода чувствительно к регистру; отправьте GET.",
        "said.someUnknownMethod|GET, POST, HEAD, OPTIONS||Этот сервер не реализует такой метод; он принимает GET, POST, HEAD, OPTIONS."})
    void a_501_says_in_russian_that_the_server_takes_the_methods(String key, String first, String second, String expected) {
        assertEquals(expected, Texts.of(Language.RU).format(key, first, second));
    }

    /**
     * The search's refusal of a page past the last counts the results a page in Russian by the
     * count's form (since 6 December 2026, when it was first said in Russian).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"1|на странице 1 результат.", "2|на странице 2 результата.", "21|на странице 21 результат.", "50|на странице 50 результатов."})
    void a_search_s_results_a_page_agree_with_their_count_in_russian(long count, String expected) {
        assertTrue(Texts.of(Language.RU).format("said.searchPage", 10, count).endsWith(expected), expected);
    }

    /** Chinese puts no space after 。 nor before （, and brackets a remark in full-width ones. */
    @Test
    void a_remark_and_a_sentence_gap_follow_each_language_s_punctuation() {
        assertEquals(" ", Texts.of(Language.EN).space());
        assertEquals("(verified)", Texts.of(Language.EN).aside("verified"));
        assertEquals("(проверено)", Texts.of(Language.RU).aside("проверено"));
        assertEquals("（已核实）", Texts.of(Language.ZH).aside("已核实"));
        assertEquals(" ", Texts.of(Language.RU).space());
        assertEquals("", Texts.of(Language.ZH).space());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0|0 bytes", "1|1 byte", "2|2 bytes", "21|21 bytes", "1023|1,023 bytes"})
    void english_byte_counts_are_singular_for_one(long count, String expected) {
        assertEquals(expected, Texts.of(Language.EN).format("size.bytes", count).replace('\u00a0', ' '));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL|EN",
        "ru|RU",
        "ru-RU,ru;q=0.9,en;q=0.8|RU",
        "zh-CN,zh;q=0.9|ZH",
        "zh-Hans-CN|ZH",
        "de-DE,de;q=0.9|EN",
        "de, ru;q=0.5|RU",
        "en;q=0.3, zh;q=0.9|ZH",
        "garbage;;q=x|EN"})
    void accept_language_picks_one_of_the_three(String header, String expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header).name());
    }

    /**
     * Ranges longer than 35 characters are read as the JDK's lookup would truncate them, a subtag at
     * a time, without its cost (a range of 2,000 subtags took 2.5 s until a review on 3 December
     * 2026; its cost is measured in the README's reproducer, not timed here).
     */
    @Test
    void a_long_language_range_is_read_as_its_first_subtags_at_once() {
        assertEquals("ZH", Language.fromAcceptLanguage("zh-Hans-CN-" + "x-abc-".repeat(3_000) + "d").name());
        assertEquals("RU", Language.fromAcceptLanguage("a-".repeat(3_000) + "b, ru;q=0.5").name());
        assertEquals("RU", Language.fromAcceptLanguage("de;q=0.9, ru-" + "Cyrl-".repeat(2_000) + "RU;q=1").name());
        assertEquals("EN", Language.fromAcceptLanguage("x".repeat(4_000)).name());
    }

    /**
     * Each key's pattern is parsed once and kept per language: the kept one, used from many threads
     * at once as the server uses it, gives for every number the sentence a fresh format gives.
     */
    @Test
    void a_kept_pattern_formats_right_from_many_threads_at_once() throws Exception {
        Texts ru = Texts.of(Language.RU);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> wrong = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                wrong.add(threads.submit(() -> {
                    for (long n = 0; n < 3_000; n++) {
                        String expected = new MessageFormat(ru.get("said.share"), ru.language().locale()).format(new Object[] {n});
                        String got = ru.format("said.share", n);
                        if (!got.equals(expected)) return n + ": " + got + " where " + expected;
                    }
                    return "";
                }));
            }
            for (Future<String> each : wrong) assertEquals("", each.get());
        } finally {
            threads.shutdownNow();
        }
        assertTrue(ru.format("said.share", 22L).contains("22 запроса"), ru.format("said.share", 22L));
    }
}
