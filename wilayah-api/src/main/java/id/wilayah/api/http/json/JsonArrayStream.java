package id.wilayah.api.http.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Writes a JSON array one element at a time, so the 83k villages never exist as one JSON document in memory; the
 * regions themselves are already held by the snapshot. The elements are mapped to their views lazily and handed to
 * JSON-B as one list written straight to the response stream: one serialisation context per response instead of one
 * per element, and no per-response character buffer (measured: wilayah-api/benchmarks/README.md, "Why reads are fast").
 */
public final class JsonArrayStream<R, T> implements StreamingOutput {
    private final List<R> regions;
    private final Function<R, T> view;
    private final Jsonb jsonb;

    public JsonArrayStream(List<R> regions, Function<R, T> view, Jsonb jsonb) {
        this.regions = regions;
        this.view = view;
        this.jsonb = jsonb;
    }

    @Override
    public void write(OutputStream output) {
        jsonb.toJson(new MappedView<>(regions, view), output);
    }

    /** The whole array at once, for lists short enough to keep. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        write(buffer);
        return buffer.toByteArray();
    }

    private static final class MappedView<R, T> extends AbstractList<T> implements RandomAccess {
        private final List<R> regions;
        private final Function<R, T> view;

        MappedView(List<R> regions, Function<R, T> view) {
            this.regions = regions;
            this.view = view;
        }

        @Override
        public T get(int index) {
            return view.apply(regions.get(index));
        }

        @Override
        public int size() {
            return regions.size();
        }
    }
}
