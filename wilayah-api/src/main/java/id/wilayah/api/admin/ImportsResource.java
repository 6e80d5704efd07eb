package id.wilayah.api.admin;

import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.api.http.paging.PublicUrl;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.importer.job.ImportService;
import id.wilayah.importer.run.ImportRunSummary;
import id.wilayah.importer.run.ImportRunView;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.SqlDumpFile;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Import automation: start a run from a bundled dataset (JSON or form) or from four uploaded files (multipart), then
 * follow it. A started run answers 202 with its Location; the job runs in the background.
 */
@Tag(name = "Admin: imports", description = "Importing editions from bundled datasets or uploaded files; admin key")
@AdminScoped
@Path(AdminScoped.PATH + "/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
    /** An error message repeats at most this much of a rejected name, so huge input is not echoed back. */
    private static final int MAX_ECHOED_NAME = 64;

    @Inject
    ImportService imports;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Operation(summary = "Import a bundled dataset (JSON body), optionally as a dry run")
    @APIResponse(responseCode = "202", description = "Started; Location names the run")
    @APIResponse(responseCode = "400", description = "Unknown dataset")
    @APIResponse(responseCode = "409", description = "The edition already exists")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startBundled(JsonObject request) {
        // Read as JSON-P rather than bound to a record: JSON-B would take "dryRun": "maybe" for false and start a
        // real import; anything but a JSON boolean must be refused.
        if (request == null) {
            throw new InvalidInputException(
                    "The request body could not be read: send {\"dataset\": NAME, \"dryRun\": true|false}");
        }
        String dataset = request.get("dataset") instanceof JsonString name ? name.getString() : null;
        JsonValue dryRun = request.getOrDefault("dryRun", JsonValue.FALSE);
        if (dryRun.getValueType() != JsonValue.ValueType.TRUE && dryRun.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidInputException("dryRun must be the JSON value true or false");
        }
        return startBundled(dataset, dryRun.getValueType() == JsonValue.ValueType.TRUE);
    }

    @Operation(summary = "Import a bundled dataset (form fields), optionally as a dry run")
    @APIResponse(responseCode = "202", description = "Started; Location names the run")
    @APIResponse(responseCode = "400", description = "Unknown dataset")
    @APIResponse(responseCode = "409", description = "The edition already exists")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startBundledForm(@FormParam("dataset") String dataset, @FormParam("dryRun") boolean dryRun) {
        return startBundled(dataset, dryRun);
    }

    /**
     * Parts: {@code edition} (new edition's name), optional {@code dryRun}, and the four files named {@code provinces},
     * {@code regencies}, {@code districts}, {@code villages} (or the Odoo module's {@code data_provinsi} ... names, as
     * part or file name), and optionally boundaries per level as a GeoJSON FeatureCollection named
     * {@code provinces.geojson} … {@code villages.geojson} (or {@code .geojson.gz}, gzip-compressed), and optionally
     * the edition's islands named {@code islands.csv} (or {@code islands.csv.gz}). Or, in the SQL layout, instead of
     * the four files: the region dump {@code wilayah.sql} and optionally the postal code dump
     * {@code wilayah_kodepos.sql} (part or file name; {@code .sql.gz} gzip-compressed; a year suffix as upstream
     * archives have it, {@code wilayah_2022.sql}, is accepted).
     */
    @Operation(summary = "Import four uploaded CSV files (native or Odoo layout), optionally with a GeoJSON"
            + " FeatureCollection of boundaries per level and an islands.csv, or a SQL dump of cahyadsn/wilayah"
            + " (wilayah.sql, optionally wilayah_kodepos.sql), as a new edition")
    @APIResponse(responseCode = "202", description = "Started; Location names the run")
    @APIResponse(responseCode = "400", description = "Missing part or bad edition name")
    @APIResponse(responseCode = "409", description = "The edition already exists")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) throws IOException {
        String edition = null;
        boolean dryRun = false;
        Map<RegionFile, InputStream> files = new EnumMap<>(RegionFile.class);
        Map<RegionFile, InputStream> geometries = new EnumMap<>(RegionFile.class);
        InputStream islands = null;
        Map<SqlDumpFile, InputStream> dumps = new EnumMap<>(SqlDumpFile.class);
        for (EntityPart part : parts) {
            Optional<SqlDumpFile> dump = SqlDumpFile.named(part.getName())
                    .or(() -> part.getFileName().flatMap(SqlDumpFile::named));
            Optional<RegionFile> geometry = RegionFile.namedGeometry(part.getName())
                    .or(() -> part.getFileName().flatMap(RegionFile::namedGeometry));
            switch (part.getName()) {
                case "edition" -> edition = part.getContent(String.class).strip();
                case "dryRun" -> dryRun = Boolean.parseBoolean(part.getContent(String.class).strip());
                default -> {
                    if (dump.isPresent()) {
                        dumps.put(dump.get(), part.getContent());
                        continue;
                    }
                    if (geometry.isPresent()) {
                        geometries.put(geometry.get(), part.getContent());
                        continue;
                    }
                    if (isIslands(part.getName()) || part.getFileName().filter(ImportsResource::isIslands)
                            .isPresent()) {
                        islands = part.getContent();
                        continue;
                    }
                    RegionFile file = RegionFile.named(part.getName())
                            .or(() -> part.getFileName().flatMap(RegionFile::named))
                            .orElseThrow(() -> new InvalidInputException("Unexpected part '" + part.getName()
                                    + "': send edition, dryRun, provinces, regencies, districts and villages, or"
                                    + " wilayah.sql"));
                    files.put(file, part.getContent());
                }
            }
        }
        if (!dumps.isEmpty()) {
            if (!files.isEmpty() || !geometries.isEmpty() || islands != null) {
                throw new InvalidInputException("Send either CSV files (with boundaries and islands) or a SQL dump,"
                        + " not both");
            }
            return accepted(imports.startSqlUpload(edition, dumps, dryRun, AdminActor.of(headers)));
        }
        return accepted(imports.startUpload(edition, files, geometries, islands, dryRun, AdminActor.of(headers)));
    }

    /** The islands file's part or file name: {@code islands}, {@code islands.csv} or {@code islands.csv.gz}. */
    private static boolean isIslands(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).matches("islands(\\.csv(\\.gz)?)?");
    }

    @Operation(summary = "All import runs, newest first")
    @APIResponse(responseCode = "200", description = "The runs")
    @GET
    public List<ImportRunSummary> history() {
        return imports.history();
    }

    @Operation(summary = "One run: status, progress per step, validation problems, diff")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run")
    @GET
    @Path("{id}")
    public ImportRunView run(@PathParam("id") long id) {
        return imports.run(id);
    }

    private Response startBundled(String dataset, boolean dryRun) {
        if (dataset == null || !imports.bundledDatasets().contains(dataset.strip())) {
            String shown = dataset == null || dataset.length() <= MAX_ECHOED_NAME ? String.valueOf(dataset)
                    : dataset.substring(0, MAX_ECHOED_NAME) + "…";
            throw new InvalidInputException("Unknown dataset '" + shown + "'; bundled datasets: "
                    + String.join(", ", imports.bundledDatasets()));
        }
        return accepted(imports.startBundled(dataset.strip(), dryRun, AdminActor.of(headers)));
    }

    private Response accepted(long runId) {
        return Response.accepted(imports.run(runId))
                .location(publicUrl.of(uri.getBaseUriBuilder().path(ImportsResource.class).path(Long.toString(runId))
                        .build()))
                .build();
    }
}
