package org.w3id.scokg.query.engine;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * The search index's reads, stopped where the query they serve is stopped.
 *
 * <p>Lucene turns a fuzzy word ({@code chna~2}) into the index's words near it before it looks for
 * any match, and neither jena-text (which makes its own reader and searcher) nor Lucene (whose
 * timeout is checked while hits are collected, after that) lets a deadline reach that step: 250 fuzzy
 * words ran 0.7 s past a 1 s timeout. But every step reads the index through a {@link Directory},
 * and the index's directory is made here ({@code SearchIndex}): each {@code seek} of a file of it,
 * which the expansion makes 250,000 of, at most 12 to 83 ms apart (measured),
 * looks at the cancel signal of the query the thread is evaluating ({@link #during}), set by ARQ
 * when the query's time is up, and throws ARQ's own {@link QueryCancelledException}, which the
 * endpoint answers as any query stopped at its timeout. A read outside {@link #during} (building the
 * index, {@code /search}, which has its own bounds) is never stopped. Only {@code seek} looks; the
 * other reads go straight to the directory's own.
 */
public final class CancellableReads {
    private static final ThreadLocal<AtomicBoolean> CANCEL = new ThreadLocal<>();

    private CancellableReads() {}

    /** {@code directory}, its reads stopped where the query the thread evaluates is cancelled. */
    public static Directory of(Directory directory) {
        return new FilterDirectory(directory) {
            @Override
            public IndexInput openInput(String name, IOContext context) throws IOException {
                return new Checked(super.openInput(name, context));
            }
        };
    }

    /** {@code search}'s answer, the index's reads in it stopped once {@code cancel} is set. */
    static <T> T during(AtomicBoolean cancel, Supplier<T> search) {
        AtomicBoolean before = CANCEL.get();
        CANCEL.set(cancel);
        try {
            return search.get();
        } finally {
            if (before == null) CANCEL.remove();
            else CANCEL.set(before);
        }
    }

    private static final class Checked extends FilterIndexInput {
        Checked(IndexInput in) {
            super("checked(" + in + ")", in);
        }

        @Override
        public void seek(long pos) throws IOException {
            AtomicBoolean cancel = CANCEL.get();
            if (cancel != null && cancel.get()) throw new QueryCancelledException();
            in.seek(pos);
        }

        @Override
        public IndexInput clone() {
            return new Checked(in.clone());
        }

        @Override
        public IndexInput slice(String sliceDescription, long offset, long length) throws IOException {
            return new Checked(in.slice(sliceDescription, offset, length));
        }

        @Override
        public RandomAccessInput randomAccessSlice(long offset, long length) throws IOException {
            return in.randomAccessSlice(offset, length);
        }

        @Override
        public void skipBytes(long numBytes) throws IOException {
            in.skipBytes(numBytes);
        }

        @Override
        public short readShort() throws IOException {
            return in.readShort();
        }

        @Override
        public int readInt() throws IOException {
            return in.readInt();
        }

        @Override
        public int readVInt() throws IOException {
            return in.readVInt();
        }

        @Override
        public long readLong() throws IOException {
            return in.readLong();
        }

        @Override
        public long readVLong() throws IOException {
            return in.readVLong();
        }

        @Override
        public void readLongs(long[] dst, int offset, int length) throws IOException {
            in.readLongs(dst, offset, length);
        }

        @Override
        public void readInts(int[] dst, int offset, int length) throws IOException {
            in.readInts(dst, offset, length);
        }

        @Override
        public void readFloats(float[] floats, int offset, int len) throws IOException {
            in.readFloats(floats, offset, len);
        }
    }
}
