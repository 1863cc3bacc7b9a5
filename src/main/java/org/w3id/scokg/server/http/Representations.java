package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * A document served at one path in several formats, as the ontology is: at {@code path} the format
 * is negotiated among {@code offers} (their order breaks a tie, so the first is what a client that
 * takes anything gets) and the answer names the one chosen in {@code Content-Location}; at {@code
 * path.ext} each format is served as its extension names it. Every answer names each format's URL
 * in {@code Link: rel="alternate"}. The ontology ({@code /ontology}) and the dataset's description
 * ({@code /void}) share it, so {@code /void.ttl} is served as {@code /ontology.ttl} is.
 */
public record Representations(String path, List<MediaTypes.Format> offers) {
    public Representations {
        offers = List.copyOf(offers);
    }

    /** The paths the document answers at: its own and one per format ({@code /void}, {@code /void.ttl}, ...). */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(path));
        for (MediaTypes.Format format : offers) paths.add(path + "." + format.extension);
        return paths;
    }

    /**
     * The format {@code asked} (the path the request names: this document's, {@code path.ext}, or
     * another address of the same document, as {@code /.well-known/void} is {@code /void}'s) is to be
     * answered in, its {@code Link} and, where it was negotiated, its {@code Content-Location} set:
     * a page's names the language it is in ({@link Language#pinnedBy}), since {@code path.html} alone
     * may give another. Empty when the answer has been sent already: a 406 when the client takes none
     * of the formats, a 404 for an extension the document is not in.
     */
    public Optional<MediaTypes.Format> choose(String asked, HttpServletRequest request, HttpServletResponse response, PublicUrls urls) throws IOException {
        boolean byExtension = asked.startsWith(path + ".");
        Optional<MediaTypes.Format> format = byExtension ? MediaTypes.byExtension(asked.substring(path.length() + 1)).filter(offers::contains)
                : Responses.negotiate(request, response, offers);
        if (format.isEmpty()) {
            if (byExtension) Refusals.notFound(request, response, Sentence.of("said.nothingAt", NamedQuery.echo(urls.local(asked))));
            return format;
        }
        response.setHeader("Link", MediaTypes.alternateLinks(urls.local(path), offers));
        if (!byExtension) {
            String language = format.get() == MediaTypes.Format.HTML ? Language.of(request).pinnedBy(request) : "";
            response.setHeader("Content-Location", urls.local(path + ".") + format.get().extension + language);
        }
        return format;
    }
}
