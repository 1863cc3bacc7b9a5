package org.w3id.scokg.server.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The texts of a page's pictures (each SVG's {@code title}, {@code desc} and {@code text}) whose
 * language, as their {@code lang} or an element's around them says it (the page's where none
 * does), is not that of their words: Chinese characters are {@code zh}, Cyrillic {@code ru}, and
 * an English word (a capital or small letter, then two small ones or more: not an acronym or a UN
 * symbol's "RES") {@code en}. A text with words of two of them is always one of these.
 */
public final class PictureLanguages {
    private PictureLanguages() {}

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z][a-z]{2,}\\b");

    /** Each text of {@code page}'s pictures in another language than its own words', as "lang: text". */
    public static List<String> mismatches(String page, String pageLanguage) throws Exception {
        List<String> wrong = new ArrayList<>();
        Matcher svg = SVG.matcher(page);
        while (svg.find()) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.group()))).getDocumentElement();
            walk(root, pageLanguage, wrong);
        }
        return wrong;
    }

    /** How many pictures {@code page} holds, so that a test of their languages knows it read some. */
    public static int pictures(String page) {
        return (int) SVG.matcher(page).results().count();
    }

    private static void walk(Element element, String inherited, List<String> wrong) {
        String lang = element.hasAttribute("lang") ? element.getAttribute("lang") : element.hasAttribute("xml:lang") ? element.getAttribute("xml:lang") : inherited;
        String name = element.getTagName();
        if (name.equals("title") || name.equals("desc") || name.equals("text")) {
            String words = element.getTextContent();
            if (!primary(lang).equals(languageOf(words, primary(lang)))) wrong.add(lang + " <" + name + ">: " + words);
            if (name.equals("text")) checkParts(element, lang, wrong);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) walk(e, lang, wrong);
        }
    }

    /** A text's lines ({@code tspan}), each with its own language where it says one. */
    private static void checkParts(Element text, String lang, List<String> wrong) {
        for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
            String said = child instanceof Element part && part.hasAttribute("lang") ? primary(part.getAttribute("lang")) : null;
            if (said != null && !said.equals(languageOf(child.getTextContent(), said))) {
                wrong.add(said + " <tspan>: " + child.getTextContent());
            }
        }
    }

    /** A language tag's language, without its script or region ({@code zh} of {@code zh-Hant}, which the graph's traditional names carry). */
    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /**
     * The language of {@code words}: {@code said} where they hold no letters of a language (dates,
     * counts), else the one language their letters are in, else "mixed".
     */
    static String languageOf(String words, String said) {
        boolean han = words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean cyrillic = words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean english = ENGLISH_WORD.matcher(words).find();
        int languages = (han ? 1 : 0) + (cyrillic ? 1 : 0) + (english ? 1 : 0);
        if (languages == 0) return said;
        if (languages > 1) return "mixed";
        return han ? "zh" : cyrillic ? "ru" : "en";
    }
}
