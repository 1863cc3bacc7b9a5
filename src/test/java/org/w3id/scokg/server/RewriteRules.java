package org.w3id.scokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Apache's mod_rewrite that the generated w3id.org rules use, to apply them in tests:
 * {@code RewriteCond %{HTTP_ACCEPT} regex [NC]} (conditions on the Accept header, holding for the
 * next rule) and {@code RewriteRule ^pattern$ target [R=code,L]} or {@code [R=code,NE,L]} (a
 * redirect, the first that matches wins; {@code $1} and {@code $2} are the pattern's groups; the
 * query string is kept when the target has none, as mod_rewrite does; a {@code #} in the target is
 * sent as {@code %23} unless the rule says NE, as mod_rewrite escapes it). Any other directive but {@code Options} and {@code
 * RewriteEngine} fails the test, so the rules cannot use what this does not understand.
 */
final class RewriteRules {
    private record Rule(List<Pattern> acceptConditions, Pattern pattern, String target, int status, boolean noEscape) {}

    /** Where a request is redirected: the status and the Location. */
    record Redirect(int status, String location) {}

    private static final Pattern COND = Pattern.compile("^RewriteCond %\\{HTTP_ACCEPT\\} (\\S+) \\[NC\\]$");
    private static final Pattern RULE = Pattern.compile("^RewriteRule (\\S+) (\\S+) \\[R=(30[1-8]),(NE,)?L\\]$");

    private final List<Rule> rules = new ArrayList<>();

    RewriteRules(String htaccess) {
        List<Pattern> conditions = new ArrayList<>();
        for (String line : htaccess.split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equals("Options +FollowSymLinks") || text.equals("RewriteEngine on")) continue;
            Matcher cond = COND.matcher(text);
            Matcher rule = RULE.matcher(text);
            if (cond.matches()) {
                conditions.add(Pattern.compile(cond.group(1), Pattern.CASE_INSENSITIVE));
            } else if (rule.matches()) {
                rules.add(new Rule(List.copyOf(conditions), Pattern.compile(rule.group(1)), rule.group(2), Integer.parseInt(rule.group(3)), rule.group(4) != null));
                conditions.clear();
            } else {
                throw new IllegalArgumentException("a directive these tests cannot apply: " + text);
            }
        }
    }

    /** The redirect for a path under the folder (no leading slash), its query string (or null) and Accept (or null). */
    Redirect apply(String path, String query, String accept) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(path);
            if (!m.matches()) continue;
            if (!rule.acceptConditions().stream().allMatch(c -> accept != null && c.matcher(accept).find())) continue;
            String target = rule.target();
            for (int g = m.groupCount(); g >= 1; g--) target = target.replace("$" + g, m.group(g) == null ? "" : m.group(g));
            if (!rule.noEscape()) target = target.replace("#", "%23");
            if (query != null && !target.contains("?")) {
                int fragment = target.indexOf('#');
                target = fragment < 0 ? target + "?" + query : target.substring(0, fragment) + "?" + query + target.substring(fragment);
            }
            return new Redirect(rule.status(), target);
        }
        return null;
    }
}
