package org.w3id.scokg.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.w3id.scokg.server.web.Sentence;

/**
 * Jetty's parser, with two lines bounded. A request line: Jetty's parser is fed no more than
 * {@code maxLine} bytes of it, and where the target goes on past them the rest of it is skipped up
 * to the space before the version ({@link #cut()} says so until the next request; {@link
 * BadMessageHeaders} reads the request at its route and fails it with a 414 once its headers are
 * read), or failed where it stands past {@link #SKIPPED_AT_MOST}. And a chunked body's framing: the
 * bytes of it that are not content are counted, and past {@link #CHUNK_LINES} in one request the
 * body is ended. Jetty's parser reads everything else as ever; this is its parser from the
 * connection's {@code newHttpParser} hook, not a copy. It also keeps, for the sentence of a
 * refusal ({@link ParserRefusals}), the line of the head at which the parser failed a request
 * ({@link #failedLine}) and the failure that ended a body early, with the part of the body it
 * stood in, to say it ({@link #bodyEnded}), which Jetty's own words do not say.
 */
final class LineBoundParser extends HttpParser {
    /**
     * The most bytes of a request line's target skipped: 2 MiB, the longest URL Chromium sends
     * ({@code url::kMaxURLChars}, 2 * 1024 * 1024), so that any address a browser can ask for is
     * answered in its reader's language. Past them the request is failed where it stands, unread on.
     */
    static final int SKIPPED_AT_MOST = 2 * 1024 * 1024;

    /**
     * The most bytes of a chunked body's framing read in one request (all but its content: its chunks'
     * size lines, with any extensions, the line ends after their data, its trailers): an eighth of the body limit, as the
     * scheduler's reader allows for framing. A body of 1 MiB sent in chunks of 64 bytes takes 96 KiB.
     */
    static final int CHUNK_LINES = RequestLimitsFilter.MAX_BODY / 8;

    /** The bytes of a request line kept to name its route, should the line be failed before its end. */
    private static final int HEAD = 1024;
    private final int maxHeaderBytes;
    private final int maxLine;
    private int lineBytes;
    private int skipped;
    private boolean skipping;
    private boolean cut;
    private final StringBuilder head = new StringBuilder();
    private int chunkLines;
    private HttpException bodyFailure;
    // The parser's state when it failed the body, or when its connection ended within it: a chunk's size
    // line, a chunk's data, a trailer field (null: none).
    private State bodyFailedIn;
    // Header lines of the head ended so far, and the line of the head the parser failed it at (0: none).
    private int headerLines;
    private int failedLine;

    LineBoundParser(HttpParser.RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
        super(handler, maxHeaderBytes, compliance);
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxLine = maxHeaderBytes / 2;
    }

    /**
     * The sentence of what ended the body of the request being read before its end ({@link
     * ParserRefusals#bodyEnded}), by the failure the parser failed it with and the part of the body
     * the parser was reading then: a chunk's framing past {@link #CHUNK_LINES}, a byte that cannot
     * stand in a chunk's size line or in a trailer field, trailer fields past the header limit; the
     * connection's end where the parser did not fail it, before the length its Content-Length gave,
     * before the last chunk or within a trailer field after it. Jetty's parser hands such a failure on as an
     * early end of the body ({@code earlyEOF}, "Early EOF"), which says none of this.
     */
    Sentence bodyEnded() {
        return ParserRefusals.bodyEnded(bodyFailure, bodyFailedIn, maxHeaderBytes);
    }

    /**
     * The line of its head at which the parser failed the request being read, counted from 1 (its
     * request line), or 0 where it did not fail it there. A line is as the parser reads it: a header
     * line ends at its line end, so a CR without an LF is within the line it ends.
     */
    int failedLine() {
        return failedLine;
    }

    /**
     * Says the head of the request being read has been read to its blank line: a refusal from here
     * on (of its path, of a header's value, by the connection's handler) stands on no one line.
     */
    void headEnded() {
        headerLines = -1;
    }

    /**
     * Keeps the part of the body the parser was reading when its connection ended within it, where no
     * failure of the parser's ended it first: Jetty's parser closes from that state and tells its
     * handler of an early end ({@code earlyEOF}), whose sentence says by it where the body was cut
     * (the length its Content-Length gave, a chunk, a trailer field after the last chunk). A
     * connection that ends after a trailer field's line end Jetty takes as the body's end.
     */
    @Override
    protected void setState(State state) {
        if (state == State.CLOSED && bodyFailure == null && inContentState()) bodyFailedIn = getState();
        super.setState(state);
    }

    /** Counts the header lines ended: the parser's field state goes back to a field's start at each. */
    @Override
    protected void setState(FieldState state) {
        if (state == FieldState.FIELD && getState() == State.HEADER && headerLines >= 0) headerLines++;
        super.setState(state);
    }

    /** Whether the target of the request being read was cut. */
    boolean cut() {
        return cut;
    }

    /** Whether the target of the request being read went on past all that is skipped, and was failed there. */
    boolean skippedAll() {
        return skipped >= SKIPPED_AT_MOST;
    }

    /**
     * The route of the request being read, from the first bytes of its line: its target's first
     * segment where it names a route ({@link BadMessageHeaders#standIn}), else {@code /}.
     */
    String route() {
        int space = head.indexOf(" ");
        if (space < 0) return "/";
        String standIn = BadMessageHeaders.standIn(head.substring(0, space), head.substring(space + 1).stripLeading());
        return standIn == null ? "/" : standIn;
    }

    @Override
    public boolean parseNext(ByteBuffer buffer) {
        if (isStart()) {
            lineBytes = 0;
            skipped = 0;
            skipping = false;
            cut = false;
            head.setLength(0);
            chunkLines = 0;
            bodyFailure = null;
            bodyFailedIn = null;
            headerLines = 0;
            failedLine = 0;
        }
        if (isChunking() && inContentState()) return parseChunked(buffer);
        if (skipping && !skip(buffer)) return skippedAll() ? refuse(buffer) : false;
        State state = getState();
        if (state == State.URI && lineBytes >= maxLine && !cut) {
            // The target goes on past the bytes the line may take: the rest of it is skipped.
            cut = true;
            skipping = true;
            if (!skip(buffer)) return skippedAll() ? refuse(buffer) : false;
        }
        boolean inLine = state == State.START || state == State.METHOD || state == State.SPACE1 || state == State.URI;
        int room = maxLine - lineBytes;
        int before = buffer.position();
        if (inLine) keep(buffer);
        if (!inLine || room <= 0 || buffer.remaining() <= room) {
            boolean handled = super.parseNext(buffer);
            lineBytes += buffer.position() - before;
            return handled;
        }
        int limit = buffer.limit();
        boolean handled;
        buffer.limit(before + room);
        try {
            handled = super.parseNext(buffer);
        } finally {
            buffer.limit(limit);
            lineBytes += buffer.position() - before;
        }
        // Handled, or nothing read (the parser wants more than these bytes): the caller reads on.
        if (handled || buffer.position() == before) return handled;
        return parseNext(buffer);
    }

    /**
     * Keeps a failure of the body, which Jetty's parser hands on as an early end of it, with the state
     * the parser failed it in, and the line of the head where it failed one there.
     */
    @Override
    protected void badMessage(HttpException failure) {
        if (inContentState()) {
            bodyFailure = failure;
            bodyFailedIn = getState();
        } else if (getState() == State.HEADER && headerLines >= 0) {
            failedLine = headerLines + 2;
        } else if (getState().ordinal() < State.HEADER.ordinal()) {
            failedLine = 1;
        }
        super.badMessage(failure);
    }

    /** Keeps the first {@link #HEAD} bytes of the line, from those about to be parsed. */
    private void keep(ByteBuffer buffer) {
        for (int i = buffer.position(); i < buffer.limit() && head.length() < HEAD; i++) head.append((char) (buffer.get(i) & 0xff));
    }

    /**
     * Skips the target's bytes up to the space or line end after it, true once there; false where
     * more are wanted, or where {@link #SKIPPED_AT_MOST} have been skipped and the target still goes on.
     */
    private boolean skip(ByteBuffer buffer) {
        while (buffer.hasRemaining() && skipped < SKIPPED_AT_MOST) {
            byte b = buffer.get(buffer.position());
            if (b == ' ' || b == '\r' || b == '\n') {
                skipping = false;
                return true;
            }
            buffer.position(buffer.position() + 1);
            skipped++;
        }
        return false;
    }

    /**
     * Fails the request whose target went on past all that is skipped, as Jetty's parser fails one it
     * cannot read (its {@code badMessage}, the bytes left dropped): a 414 with the sentence of the
     * route its line names, the connection closed. Its headers are not read, so nothing tells a
     * browser or its language: no more of the connection is read for them.
     */
    private boolean refuse(ByteBuffer buffer) {
        skipping = false;
        buffer.position(buffer.limit());
        badMessage(new BadMessageException(HttpStatus.URI_TOO_LONG_414, RequestLimitsFilter.uriTooLong(route()).english()));
        return false;
    }

    /**
     * Parses a chunked body's next bytes, counting those that are not its content: its chunks' size
     * lines, extensions and all, the line ends after their data and its trailers. Past {@link
     * #CHUNK_LINES} in one request the body is failed as Jetty fails one it cannot read (its {@code
     * badMessage}, which past the headers ends the body early: a 400). Jetty's parser skips a chunk's
     * extensions, the zeros before its size and whatever follows its data up to a line end without a
     * bound, so 200 MB of extensions or of zeros, sent in 0.6 s, would be read to the end and the query
     * answered 200 (RFC 9112 7.1.1: a server ought to limit the total length of chunk extensions).
     * Counted after each read, so at most one buffer past the bound is
     * read; the read that ends the message, after which Jetty counts its content from 0 again, is
     * not counted.
     */
    private boolean parseChunked(ByteBuffer buffer) {
        int before = buffer.position();
        long content = getContentRead();
        boolean handled = super.parseNext(buffer);
        long read = getContentRead();
        if (read >= content) chunkLines += buffer.position() - before - (read - content);
        if (chunkLines <= CHUNK_LINES) return handled;
        buffer.position(buffer.limit());
        badMessage(new BadMessageException(HttpStatus.BAD_REQUEST_400, ParserRefusals.FRAMING_PAST.english()));
        return false;
    }
}
