package id.wilayah.admin.map;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.ReverseMatch;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.Village;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The map page's data, for the console session only (under /admin, so the console's login, session checks and
 * headers apply; the browser never holds an API key): {@code shapes?code=} draws a region and its children (the
 * provinces without a code), {@code reverse?lat=&lng=} names the regions under a click, as /api/reverse does.
 * Read-only GETs from the same in-memory models as the API; failures are problem+json with a message to show.
 */
@WebServlet("/admin/map-data/*")
public class MapDataServlet extends HttpServlet {
    static final double MAX_DISTANCE_METRES = 25_000;

    @Inject
    RegionDirectory regions;

    @Inject
    GeoDirectory geography;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        try {
            if ("/shapes".equals(path)) {
                shapes(request.getParameter("code"), response);
            } else if ("/reverse".equals(path)) {
                reverse(request.getParameter("lat"), request.getParameter("lng"), response);
            } else {
                throw new NotFoundException("No such map data");
            }
        } catch (FailureException e) {
            // Thrown before anything is written, so the console's headers stay and the status can still change.
            response.setStatus(e.kind().status());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", e.kind().problemType())
                    .add("title", e.kind().title())
                    .add("status", e.kind().status())
                    .add("detail", e.getMessage())
                    .build().toString());
        }
    }

    private void shapes(String rawCode, HttpServletResponse response) throws IOException {
        RegionSnapshot snapshot = regions.current();
        Place region = rawCode == null || rawCode.isBlank() ? null : region(snapshot, rawCode);
        GeoModel geo = geography.require(snapshot.edition());
        List<Place> children = region == null ? RegionTree.children(snapshot, null, null)
                : RegionTree.children(snapshot, region.level(), region.code());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        out.write("{\"type\":\"FeatureCollection\",\"edition\":");
        out.write(Json.createValue(snapshot.edition().name()).toString());
        out.write(",\"features\":[");
        boolean first = true;
        if (region != null) {
            Optional<RegionShape> shape = geo.level(region.level()).byCode(region.code());
            if (shape.isPresent()) {
                MapFeatures.write(out, region, "region", shape.get().shape());
                first = false;
            }
        }
        for (Place child : children) {
            Optional<RegionShape> shape = geo.level(child.level()).byCode(child.code());
            if (shape.isPresent()) {
                out.write(first ? "\n" : ",\n");
                MapFeatures.write(out, child, "child", shape.get().shape());
                first = false;
            }
        }
        out.write("]}");
        out.flush();
    }

    private void reverse(String rawLat, String rawLng, HttpServletResponse response) throws IOException {
        double lat = coordinate("lat", rawLat, 90);
        double lng = coordinate("lng", rawLng, 180);
        RegionSnapshot snapshot = regions.current();
        ReverseMatch match = geography.require(snapshot.edition()).reverse(lat, lng, MAX_DISTANCE_METRES)
                .orElseThrow(() -> new NotFoundException("No region within " + (int) (MAX_DISTANCE_METRES / 1000)
                        + " km of this point"));
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("match", match.inside() ? "inside" : "nearest")
                .add("distance_m", Math.round(match.distanceMetres()))
                .addNull(Level.VILLAGE.label());
        for (Place place : RegionTree.lineage(snapshot, match.level(), match.code())) {
            JsonObjectBuilder named = Json.createObjectBuilder().add("code", place.code()).add("name", place.name());
            if (place.level() == Level.VILLAGE) {
                snapshot.villages().find(place.code()).map(Village::postalCode)
                        .ifPresent(postalCode -> named.add("postal_code", postalCode));
            }
            answer.add(place.levelName(), named);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.build().toString());
    }

    private static Place region(RegionSnapshot snapshot, String raw) {
        Level level = Level.ofCode(raw.strip().replace(".", ""));
        if (level == null) {
            throw new InvalidInputException("'" + RegionCode.printable(raw) + "' is not a region code");
        }
        String code = RegionCode.normalize(level, raw);
        return RegionTree.find(snapshot, level, code).orElseThrow(() -> new NotFoundException(
                "There is no " + level.label() + " " + code + " in edition " + snapshot.edition().name()));
    }

    private static double coordinate(String name, String raw, double limit) {
        try {
            double value = Double.parseDouble(raw == null ? "" : raw.strip());
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(name + " must be a decimal number from -" + (int) limit + " to " + (int) limit);
    }
}
