package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Texts;

/**
 * The page {@code /dumps/} ({@link DumpServlet}): a table of the files served, each with its
 * format, size and permanent address, then the SHA-256 of each. HTML only, in the reader's language.
 */
final class DumpListing {
    private DumpListing() {}

    /** Answers {@code request} with the page listing {@code files}, or 406 to a client that takes no HTML. */
    static void answer(HttpServletRequest request, HttpServletResponse response, Collection<DumpServlet.DumpFile> files) throws IOException {
        // A page for people only, as the kinds' indexes are: a client that takes no HTML gets 406
        // naming what is offered, not the page with a 200.
        if (Responses.negotiate(request, response, List.of(MediaTypes.Format.HTML)).isEmpty()) return;
        Page page = Page.of(request);
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder();
        table(body, texts, files);
        checksums(body, texts, files);
        Vary.onLanguage(response);
        Responses.html(request, response, page.title(texts.get("dumps.title")).crumb(Html.escape(texts.get("dumps.title")), "/dumps/").body(body.toString()).render());
    }

    /** The title, the lead and the table of the files. */
    private static void table(StringBuilder body, Texts texts, Collection<DumpServlet.DumpFile> files) {
        body.append("<h1>").append(Html.escape(texts.get("dumps.title"))).append("</h1><p class=\"lead\">")
                .append(Html.keepWhole(Html.escape(texts.get("dumps.lead")))).append("</p><div class=\"table-wrap\"><table class=\"stacked\"><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("dumps.file"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("dumps.format")))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("dumps.size"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get("dumps.permanent"))).append("</th></tr>");
        for (DumpServlet.DumpFile f : files) {
            String permanent = "/dumps/" + DumpWriter.permanentPath(f.name(), f.sha256());
            body.append("<tr>").append(Html.cell(texts.get("dumps.file"), "<a href=\"/dumps/" + Html.escape(f.name()) + "\">" + Html.escape(f.name()) + "</a>"))
                    .append(Html.cell(texts.get("dumps.format"), Html.keepWhole(Html.escape(texts.get("dumps.kind." + f.name())))))
                    .append(Html.cell(texts.get("dumps.size"), Html.escape(DumpServlet.size(f.size(), texts))))
                    .append(Html.cell(texts.get("dumps.permanent"), "<a href=\"" + Html.escape(permanent) + "\">" + Html.escape(permanent) + "</a>")).append("</tr>");
        }
        body.append("</table></div>");
    }

    /** The SHA-256 of each file, with a link to the file that lists them. */
    private static void checksums(StringBuilder body, Texts texts, Collection<DumpServlet.DumpFile> files) {
        body.append("<h2>SHA-256</h2><p>").append(Html.escape(texts.get("dumps.checksums"))).append(texts.space())
                .append("<a href=\"/dumps/").append(DumpWriter.CHECKSUMS_FILE).append("\">").append(DumpWriter.CHECKSUMS_FILE).append("</a></p><ul class=\"checksums\">");
        for (DumpServlet.DumpFile f : files) {
            body.append("<li><code>").append(Html.escape(f.name())).append("</code>").append(texts.colon()).append("<code>").append(f.sha256()).append("</code></li>");
        }
        body.append("</ul>");
    }
}
