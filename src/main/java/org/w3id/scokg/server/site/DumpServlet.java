package org.w3id.scokg.server.site;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.publish.Dump;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.Export;
import org.w3id.scokg.server.http.AsyncBody;
import org.w3id.scokg.server.http.ComputedOnce;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Texts;

/**
 * {@code /dumps/}: the list of dumps with size and SHA-256, and each dump by its exact file name.
 * Only the names the build wrote are served, so no path can leave the folder.
 *
 * <p>Each file is opened once, when the server starts, and served from the file by positional
 * reads, not held in the heap (at 100 times the data the dumps are 700 MB). An open file stays
 * readable after its folder is removed, so a folder that disappears while served is still served.
 * The SHA-256 of each is the one {@value DumpWriter#CHECKSUMS_FILE} lists, which the build wrote and
 * the start compared with the files ({@link DumpWriter#current}). A file written over in place
 * (a build replaces the folder instead) answers 503. A thread interrupted while it reads would close
 * a file for every request; nothing in the server interrupts request threads.
 */
final class DumpServlet extends HttpServlet {
    /**
     * A file served: its type as stored ({@code mediaType}) and, for a compressed dump, the type of
     * the RDF its gzip holds ({@code rdfType}, null for any other file).
     */
    record DumpFile(String name, String mediaType, String rdfType, FileChannel channel, long size, String sha256) {}

    private final transient Map<String, DumpFile> files = new LinkedHashMap<>();

    DumpServlet(Path folder) throws IOException {
        Object before = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        try {
            open(folder);
            // A build replaces the whole folder: the sums and every file must be of one build.
            if (!Objects.equals(before, Files.readAttributes(folder, BasicFileAttributes.class).fileKey())) {
                throw new IOException(folder + " was replaced while the server opened it; start it again");
            }
        } catch (IOException e) {
            destroy();
            throw e;
        }
    }

    private void open(Path folder) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        byte[] sumsFile = Files.readAllBytes(folder.resolve(DumpWriter.CHECKSUMS_FILE));
        for (String line : new String(sumsFile, StandardCharsets.UTF_8).split("\n")) {
            String[] sumAndName = line.split("  ", 2);
            if (sumAndName.length == 2) sums.put(sumAndName[1], sumAndName[0]);
        }
        sums.put(DumpWriter.CHECKSUMS_FILE, Checksums.sha256(sumsFile));
        for (Dump dump : Dump.values()) add(folder, dump.file, dump.servedAs(), dump.compressed() ? dump.mediaType : null, sums);
        for (Export export : Export.values()) add(folder, export.file, export.mediaType, null, sums);
        add(folder, DumpWriter.VOID_FILE, "text/turtle", null, sums);
        add(folder, DumpWriter.CHECKSUMS_FILE, "text/plain", null, sums);
    }

    private void add(Path folder, String name, String mediaType, String rdfType, Map<String, String> sums) throws IOException {
        Path path = folder.resolve(name);
        // A folder opens for reading too, and fails only when read.
        if (!Files.isRegularFile(path)) throw new IOException(path + " is not a file");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        String sha256 = sums.get(name);
        if (sha256 == null) {
            channel.close();
            throw new IOException(name + " is not listed in " + folder.resolve(DumpWriter.CHECKSUMS_FILE));
        }
        files.put(name, new DumpFile(name, mediaType, rdfType, channel, channel.size(), sha256));
    }

    @Override
    public void destroy() {
        for (DumpFile file : files.values()) {
            try {
                file.channel().close();
            } catch (IOException ignored) {
                // The server is stopping; the process will release the file.
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/dumps") || path.equals("/dumps/")) {
            DumpListing.answer(request, response, files.values());
            return;
        }
        String name = path.substring("/dumps/".length());
        DumpFile file = files.get(name);
        if (file == null) {
            String dumps = PublicUrls.root(request.getServletContext()) + "/dumps/";
            Refusals.notFound(request, response, Sentence.of(name.startsWith("sha256-") ? "said.noDumpVersion" : "said.noDump", dumps));
            return;
        }
        Form form = form(request, response, file);
        response.setHeader("ETag", form.etag());
        if (conditionsAnswered(request, response, form)) return;
        describe(response, form);
        if (file.channel().size() != file.size()) {
            // Written over in place (a build replaces the folder instead): its ETag and length no longer hold.
            Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, file.name() + " changed on disk while served; the server must be restarted.");
            return;
        }
        if (form.gzip()) {
            response.setHeader("Content-Encoding", "gzip");
            Responses.send(request, response, file.mediaType(), gzipped.get(file.name(), key -> compress(file)));
            return;
        }
        sendBytes(request, response, form);
    }

    /**
     * The form a request gets a file in: compressed by the server ({@code gzip}), or a compressed
     * dump as the RDF it holds ({@code rdf}, its type, or null), or as it is stored.
     */
    private record Form(DumpFile file, boolean gzip, String rdf) {
        String plainEtag() {
            return "\"" + file.sha256().substring(0, 32) + "\"";
        }

        String gzipEtag() {
            return "\"" + file.sha256().substring(0, 32) + "--gzip\"";
        }

        /** Whether the bytes sent are gzip-encoded, by the server or as the file stores them. */
        boolean encoded() {
            return gzip || rdf != null;
        }

        String etag() {
            return encoded() ? gzipEtag() : plainEtag();
        }
    }

    /** The form {@code request} takes {@code file} in, with the Vary that says what chose it. */
    private static Form form(HttpServletRequest request, HttpServletResponse response, DumpFile file) {
        // Kept compressed where it is text that pays for it, and sent so to a client that takes gzip
        // (never for a Range: RangesUncompressed takes Accept-Encoding from such a request).
        boolean compressible = compressible(file);
        if (compressible) varyOnAcceptEncoding(response);
        if (file.rdfType() != null) Vary.on(response, "Accept", "Accept-Encoding");
        boolean gzip = compressible && GzipCoding.accepted(request);
        // A compressed dump's bytes as the RDF they hold, gzip-encoded, to a client that asks for that
        // RDF before anything else (the same bytes: its ranges and SHA-256 are the file's).
        return new Form(file, gzip, rdfAskedFor(request, file));
    }

    /** Whether a precondition failed or the client's copy is current, and the answer says so. */
    private static boolean conditionsAnswered(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        // RFC 9110 13.2.2: If-Match is evaluated first (a resumed download of another version is refused).
        // Jetty's GzipHandler takes "--gzip" off the tags a request names before any route reads them,
        // as it would for an answer it compressed itself: the compressed form is matched by either tag.
        String etag = form.etag();
        String plainEtag = form.plainEtag();
        boolean encoded = form.encoded();
        if (EntityTags.preconditionFails(request, etag) && (!encoded || EntityTags.preconditionFails(request, plainEtag))) {
            EntityTags.preconditionFailed(request, response);
            return true;
        }
        if (EntityTags.notModified(request, etag) || encoded && EntityTags.notModified(request, plainEtag)) {
            EntityTags.notModified(response);
            return true;
        }
        return false;
    }

    /** The headers that describe the file sent, whatever part of it is. */
    private static void describe(HttpServletResponse response, Form form) {
        DumpFile file = form.file();
        response.setContentType(form.rdf() != null ? form.rdf() : file.mediaType());
        if (form.rdf() != null) response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Accept-Ranges", "bytes");
        if (file.name().endsWith(".gz")) response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    }

    /** The file's bytes as stored: the range asked for, if it can be had, else the whole file. */
    private static void sendBytes(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        DumpFile file = form.file();
        long size = file.size();
        ByteRange range = !sameFile(request, form) ? new ByteRange.Whole() : ByteRange.of(request.getHeader("Range"), size);
        if (range instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + size);
            // The page to a browser, the sentence to a program.
            Refusals.refusal(request, response, HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE, Sentence.of("said.rangePast", file.name(), size));
            return;
        }
        if (range instanceof ByteRange.Part part) {
            long length = part.last() - part.first() + 1;
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + size);
            response.setContentLengthLong(length);
            AsyncBody.send(request, response, file.channel(), part.first(), length);
            return;
        }
        response.setContentLengthLong(size);
        AsyncBody.send(request, response, file.channel(), 0, size);
    }

    /**
     * Whether a Range applies: a Range for another version of the file (If-Range names another
     * ETag, or a date: dumps carry no Last-Modified to compare it with) is ignored, so a resumed
     * download never splices two versions: the whole file is sent.
     */
    private static boolean sameFile(HttpServletRequest request, Form form) {
        // The two forms of a compressed dump are one file's bytes: a range of either resumes either.
        String ifRange = request.getHeader("If-Range");
        return ifRange == null || ifRange.strip().equals(form.etag()) || form.rdf() != null && ifRange.strip().equals(form.plainEtag())
                || form.file().rdfType() != null && form.rdf() == null && ifRange.strip().equals(form.gzipEtag());
    }

    /**
     * Whether a dump is sent compressed to a client that takes gzip: text of at most {@value
     * #MOST_COMPRESSED} bytes, compressed once and kept, not at every request by Jetty's GzipHandler,
     * which took 35 ms of a core for the JSON-LD dump at x1 (24 connections that pipelined it kept
     * {@code /$/ping} waiting 22 s). A larger dump is sent as it
     * is: its compressed forms are the {@code .nt.gz}, {@code .nq.gz} and HDT dumps.
     */
    private static boolean compressible(DumpFile file) {
        return !file.mediaType().equals(Dump.GZIP) && !file.name().endsWith(".hdt") && file.size() <= MOST_COMPRESSED;
    }

    /**
     * The type of the RDF a compressed dump holds, where the request asks for it before
     * {@value Dump#GZIP} ({@link MediaTypes#negotiateRdfType}: named, or by another of its names, with
     * a higher weight, or first among equals) and takes gzip as a content coding (no
     * {@code Accept-Encoding}, which RFC 9110 12.5.3 reads as any, or one that takes gzip); else
     * null, and the file is sent as {@value Dump#GZIP}. Jena asks so ({@code application/n-triples;q=0.9
     * ... *}{@code /*;q=0.5}, no {@code Accept-Encoding}), reads {@code Content-Encoding: gzip} and not
     * the type {@value Dump#GZIP}; curl, wget and browsers ask for anything first ({@code *}{@code /*})
     * and get the file as it is, with no content coding a client might undo before saving it;
     * rdflib asks for RDF but refuses every coding ({@code Accept-Encoding: identity}).
     */
    private static String rdfAskedFor(HttpServletRequest request, DumpFile file) {
        if (file.rdfType() == null || !GzipCoding.taken(request)) return null;
        String asked = MediaTypes.negotiateRdfType(request.getHeader("Accept"), List.of(Dump.GZIP, file.rdfType())).orElse(null);
        return file.rdfType().equals(asked) ? asked : null;
    }

    /** The largest dump kept compressed: at x1 the largest is 3 MB, at x100 about 300 MB. */
    private static final long MOST_COMPRESSED = 32L << 20;

    /** Dumps compressed, by name: at most 128 MiB of them. */
    private final transient ComputedOnce<String, Responses.Held> gzipped = new ComputedOnce<>(Caffeine.newBuilder().maximumWeight(128L << 20)
            .weigher((String name, Responses.Held bytes) -> bytes.length()).build());

    private static Responses.Held compress(DumpFile file) {
        try (var bytes = new ByteArrayOutputStream(); var gzip = new GZIPOutputStream(bytes)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (long position = 0; position < file.size();) {
                buffer.clear();
                int read = file.channel().read(buffer, position);
                if (read < 0) break;
                gzip.write(buffer.array(), 0, read);
                position += read;
            }
            gzip.finish();
            return Responses.Held.of(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void varyOnAcceptEncoding(HttpServletResponse response) {
        if (response.getHeaders("Vary").stream().noneMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding"))) response.addHeader("Vary", "Accept-Encoding");
    }

    /**
     * A size as people read it: bytes under a kibibyte, then KiB and MiB (units of 1,024, named so,
     * not KB and MB, which are units of 1,000), one decimal.
     */
    static String size(long bytes, Texts texts) {
        if (bytes < 1024) return texts.format("size.bytes", bytes);
        if (bytes < 1024 * 1024) return texts.format("size.kib", bytes / 1024.0);
        return texts.format("size.mib", bytes / (1024.0 * 1024));
    }
}
