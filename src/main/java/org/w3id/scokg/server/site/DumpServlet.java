package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.server.web.Texts;

/**
 * {@code /dumps/}: the list of dumps with size and SHA-256, and each dump by its exact file name.
 * Only the names the build wrote are served, so no path can leave the folder.
 */
final class DumpServlet extends HttpServlet {
    private record DumpFile(String name, String mediaType, byte[] bytes, String sha256) {}

    private final transient Map<String, DumpFile> files = new LinkedHashMap<>();

    DumpServlet(Path folder) throws IOException {
        for (DumpWriter.Dump dump : DumpWriter.Dump.values()) add(folder, dump.file, dump.mediaType);
        for (DumpWriter.Export export : DumpWriter.Export.values()) add(folder, export.file, export.mediaType);
        add(folder, DumpWriter.VOID_FILE, "text/turtle");
        add(folder, DumpWriter.CHECKSUMS_FILE, "text/plain");
    }

    private void add(Path folder, String name, String mediaType) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(name));
        files.put(name, new DumpFile(name, mediaType, bytes, Checksums.sha256(bytes)));
    }

    /** The bytes of one dump, for the routes that serve a dump under another path. */
    byte[] bytes(String name) {
        return files.get(name).bytes();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/dumps") || path.equals("/dumps/")) {
            listing(request, response);
            return;
        }
        DumpFile file = files.get(path.substring("/dumps/".length()));
        if (file == null) {
            Responses.notFound(request, response, "No such dump. See /dumps/.");
            return;
        }
        String etag = "\"" + file.sha256().substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Accept-Ranges", "bytes");
        if (file.name().endsWith(".gz")) response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        byte[] bytes = file.bytes();
        // A Range for another version of the file (If-Range names another ETag, or a date: dumps
        // carry no Last-Modified to compare it with) is ignored, so a resumed download never
        // splices two versions: the whole file is sent.
        String ifRange = request.getHeader("If-Range");
        ByteRange range = ifRange != null && !ifRange.strip().equals(etag) ? new ByteRange.Whole() : ByteRange.of(request.getHeader("Range"), bytes.length);
        if (range instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + bytes.length);
            Responses.text(response, HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE,
                    "The range asked for starts past the end of " + file.name() + " (" + bytes.length + " bytes).");
            return;
        }
        if (range instanceof ByteRange.Part part) {
            int start = (int) part.first();
            int length = (int) (part.last() - part.first() + 1);
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + bytes.length);
            response.setContentLength(length);
            response.getOutputStream().write(bytes, start, length);
            return;
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void listing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = Page.of(request);
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("dumps.title"))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.get("dumps.lead"))).append("</p><div class=\"table-wrap\"><table><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("dumps.file"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("dumps.format")))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("dumps.size"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get("dumps.permanent"))).append("</th></tr>");
        for (DumpFile f : files.values()) {
            String permanent = "/dumps/" + DumpWriter.permanentPath(f.name(), f.sha256());
            body.append("<tr><td><a href=\"/dumps/").append(Html.escape(f.name())).append("\">").append(Html.escape(f.name()))
                    .append("</a></td><td>").append(Html.escape(texts.get("dumps.kind." + f.name()))).append("</td><td>")
                    .append(Html.escape(size(f.bytes().length, texts))).append("</td><td><a href=\"").append(Html.escape(permanent))
                    .append("\">").append(Html.escape(permanent)).append("</a></td></tr>");
        }
        body.append("</table></div><h2>SHA-256</h2><p>").append(Html.escape(texts.get("dumps.checksums")))
                .append(" <a href=\"/dumps/").append(DumpWriter.CHECKSUMS_FILE).append("\">").append(DumpWriter.CHECKSUMS_FILE).append("</a></p><ul class=\"checksums\">");
        for (DumpFile f : files.values()) {
            body.append("<li><code>").append(Html.escape(f.name())).append("</code>: <code>").append(f.sha256()).append("</code></li>");
        }
        body.append("</ul>");
        Responses.varyOnLanguage(response);
        Responses.html(response, page.title(texts.get("dumps.title")).crumb(Html.escape(texts.get("dumps.title")), "/dumps/").body(body.toString()).render());
    }

    /** A size as people read it: bytes under a kilobyte, then KB and MB (of 1024), one decimal. */
    static String size(long bytes, Texts texts) {
        if (bytes < 1024) return texts.format("size.bytes", bytes);
        if (bytes < 1024 * 1024) return texts.format("size.kb", bytes / 1024.0);
        return texts.format("size.mb", bytes / (1024.0 * 1024));
    }
}
