package id.wilayah.admin.editions;

import id.wilayah.admin.web.CurrentAdmin;
import id.wilayah.admin.web.Messages;
import id.wilayah.domain.edition.EditionConflictException;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.importer.job.ImportService;
import id.wilayah.importer.run.ImportRunSummary;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.SqlDumpFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Starts an import from a bundled dataset, four uploaded CSV files (with a GeoJSON file of boundaries for any of the
 * levels, as the admin API takes them) or an upstream SQL dump, then sends the admin to the run's page.
 */
@Named("imports")
@RequestScoped
public class ImportsPage {
    @Inject
    ImportService importer;

    @Inject
    CurrentAdmin currentAdmin;

    private String dataset;
    private boolean dryRun = true;
    private String edition;
    private final Map<RegionFile, Part> files = new EnumMap<>(RegionFile.class);
    /** GeoJSON uploads by the level's file name ({@code provinces} … {@code villages}), set by the form. */
    private final Map<String, Part> boundaries = new HashMap<>();
    private final Map<SqlDumpFile, Part> dumps = new EnumMap<>(SqlDumpFile.class);
    private Part islands;
    private List<ImportRunSummary> runs;

    public List<ImportRunSummary> getRuns() {
        if (runs == null) {
            runs = importer.history();
        }
        return runs;
    }

    public List<String> getDatasets() {
        return importer.bundledDatasets();
    }

    public String startBundled() {
        return start(dataset, () -> importer.startBundled(dataset, dryRun, currentAdmin.getName()));
    }

    public String startUpload() {
        Map<RegionFile, InputStream> streams = new EnumMap<>(RegionFile.class);
        Map<RegionFile, InputStream> geometries = new EnumMap<>(RegionFile.class);
        for (RegionFile file : RegionFile.values()) {
            if (chosen(files.get(file))) {
                streams.put(file, open(files.get(file)));
            }
            if (chosen(boundaries.get(file.baseName()))) {
                geometries.put(file, open(boundaries.get(file.baseName())));
            }
        }
        InputStream islandsFile = chosen(islands) ? open(islands) : null;
        return start(edition, () -> importer.startUpload(edition, streams, geometries, islandsFile, dryRun,
                currentAdmin.getName()));
    }

    public String startSqlUpload() {
        Map<SqlDumpFile, InputStream> streams = new EnumMap<>(SqlDumpFile.class);
        dumps.forEach((dump, part) -> {
            if (chosen(part)) {
                streams.put(dump, open(part));
            }
        });
        return start(edition, () -> importer.startSqlUpload(edition, streams, dryRun, currentAdmin.getName()));
    }

    private static boolean chosen(Part part) {
        return part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank();
    }

    private static String start(String editionName, LongSupplier starter) {
        long runId;
        try {
            runId = starter.getAsLong();
        } catch (InvalidInputException | NotFoundException | EditionConflictException e) {
            Messages.error(e.getMessage());
            return null;
        }
        Messages.info("Import of " + editionName + " started.");
        return "import-run?faces-redirect=true&id=" + runId;
    }

    private static InputStream open(Part part) {
        try {
            return part.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded " + part.getSubmittedFileName(), e);
        }
    }

    public Part getIslands() {
        return islands;
    }

    public void setIslands(Part islands) {
        this.islands = islands;
    }

    public String getDataset() {
        return dataset;
    }

    public void setDataset(String dataset) {
        this.dataset = dataset;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getEdition() {
        return edition;
    }

    public void setEdition(String edition) {
        this.edition = edition;
    }

    public Map<String, Part> getBoundaries() {
        return boundaries;
    }

    public Part getProvinces() {
        return files.get(RegionFile.PROVINCES);
    }

    public void setProvinces(Part part) {
        files.put(RegionFile.PROVINCES, part);
    }

    public Part getRegencies() {
        return files.get(RegionFile.REGENCIES);
    }

    public void setRegencies(Part part) {
        files.put(RegionFile.REGENCIES, part);
    }

    public Part getDistricts() {
        return files.get(RegionFile.DISTRICTS);
    }

    public void setDistricts(Part part) {
        files.put(RegionFile.DISTRICTS, part);
    }

    public Part getVillages() {
        return files.get(RegionFile.VILLAGES);
    }

    public void setVillages(Part part) {
        files.put(RegionFile.VILLAGES, part);
    }

    public Part getRegionDump() {
        return dumps.get(SqlDumpFile.REGIONS);
    }

    public void setRegionDump(Part part) {
        dumps.put(SqlDumpFile.REGIONS, part);
    }

    public Part getPostalCodeDump() {
        return dumps.get(SqlDumpFile.POSTAL_CODES);
    }

    public void setPostalCodeDump(Part part) {
        dumps.put(SqlDumpFile.POSTAL_CODES, part);
    }
}
