package id.wilayah.api.tiles;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vector tiles of the edition's boundaries. Not an expensive read under the per-key limit: a map asks for a dozen
 * tiles at once and would see most of them refused, while one tile's drawing is bounded by the layers' minimum zooms
 * and is drawn once per edition (see {@link RenderedTiles}).
 */
@AnswersFromAnEdition
@Path("tiles/{z}/{x}/{y}.mvt")
@RequestScoped
@Tag(name = "Geography", description = "Boundaries, reverse geocoding, regions nearby")
public class TilesResource {
    public static final String MEDIA_TYPE = "application/vnd.mapbox-vector-tile";

    @Inject
    RequestedEdition edition;

    @Inject
    GeoDirectory geography;

    @Inject
    RenderedTiles tiles;

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "A vector tile of the boundaries (Mapbox Vector Tile 2.1)",
            description = "XYZ tile scheme on Web Mercator, as OpenStreetMap numbers its tiles; extent 4096, features"
                    + " drawn 64 units past the edge. One layer per level, each from its zoom on: provinsi from 0,"
                    + " kota from 5, kecamatan from 8, kelurahan from 11. Each feature is a region's (Multi)Polygon,"
                    + " clipped and simplified for the zoom, with properties code and name in the request's code"
                    + " system. MapLibre: add the X-API-Key header in transformRequest.")
    @APIResponse(responseCode = "200", description = "The tile", content = @Content(mediaType = MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "204", description = "No region reaches into the tile")
    @APIResponse(responseCode = "400", description = "z above 16, x or y outside 0..2^z-1, or not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The edition's geography is still being imported or loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tile(@Parameter(description = "Zoom, 0 to 16") @PathParam("z") String z,
                         @Parameter(description = "Column, 0 to 2^z-1 from 180° W") @PathParam("x") String x,
                         @Parameter(description = "Row, 0 to 2^z-1 from 85.05° N") @PathParam("y") String y) {
        TileAddress address = TileAddress.parse(z, x, y);
        RegionSnapshot snapshot = edition.snapshot();
        GeoModel geo = geography.require(snapshot.edition());
        byte[] tile = tiles.tile(snapshot, geo, address);
        // Declared, so a tile larger than Jersey's buffer goes out in one piece instead of chunked.
        return tile.length == 0 ? Response.noContent().build()
                : Response.ok(tile, MEDIA_TYPE).header(HttpHeaders.CONTENT_LENGTH, tile.length).build();
    }
}
