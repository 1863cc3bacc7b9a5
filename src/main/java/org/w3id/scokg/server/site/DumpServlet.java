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
import org.w3id.scokg.server.web.Responses;

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
            listing(response);
            return;
        }
        DumpFile file = files.get(path.substring("/dumps/".length()));
        if (file == null) {
            Responses.notFound(response, "No such dump. See /dumps/.");
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
        String range = request.getHeader("Range");
        if (range == null) {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        long[] span = ByteRange.parse(range, bytes.length);
        if (span == null) {
            response.setHeader("Content-Range", "bytes */" + bytes.length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE, "Unsatisfiable range.");
            return;
        }
        int start = (int) span[0];
        int length = (int) (span[1] - span[0] + 1);
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + bytes.length);
        response.setContentLength(length);
        response.getOutputStream().write(bytes, start, length);
    }

    private void listing(HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h1>Dumps</h1><table><tr><th>File</th><th>Type</th><th>Bytes</th><th>SHA-256</th></tr>");
        for (DumpFile f : files.values()) {
            body.append("<tr><td><a href=\"/dumps/").append(Html.escape(f.name())).append("\">").append(Html.escape(f.name()))
                    .append("</a></td><td>").append(Html.escape(f.mediaType())).append("</td><td>").append(f.bytes().length)
                    .append("</td><td><code>").append(f.sha256()).append("</code></td></tr>");
        }
        byte[] page = Html.page("Dumps", body.append("</table>").toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
