package id.wilayah.api.http;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a JSON array one element at a time, so the 83k villages never exist as one JSON document in memory; the
 * regions themselves are already held by the snapshot.
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
    public void write(OutputStream output) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        writer.write('[');
        boolean first = true;
        for (R region : regions) {
            if (!first) {
                writer.write(',');
            }
            writer.write(jsonb.toJson(view.apply(region)));
            first = false;
        }
        writer.write(']');
        writer.flush();
    }
}
