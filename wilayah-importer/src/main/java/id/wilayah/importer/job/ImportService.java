package id.wilayah.importer.job;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.domain.importrun.ImportStatus;
import id.wilayah.domain.lifecycle.WilayahHome;
import id.wilayah.importer.run.ImportRunService;
import id.wilayah.importer.run.ImportRunSummary;
import id.wilayah.importer.run.ImportRunView;
import id.wilayah.importer.run.RunJson;
import id.wilayah.importer.run.StepProgress;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.LimitedOutputStream;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.RowCounter;
import id.wilayah.importer.source.SqlDumpFile;
import id.wilayah.importer.source.UploadedFiles;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Starts import runs and reports on them; the admin console and {@code /api/admin/imports} both use this. The staging
 * edition and run record commit first, then the batch job picks them up; the active edition keeps serving meanwhile.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final String EDITION_NAME = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final int HISTORY_SIZE = 100;

    @Inject
    ImportRunService runs;

    @Inject
    WilayahHome home;

    @Inject
    FileSizeLimit fileSizeLimit;

    public List<String> bundledDatasets() {
        return Arrays.stream(BundledDataset.values()).map(BundledDataset::datasetName).toList();
    }

    /** Imports a dataset shipped with the product into an edition of the same name; returns the run id. */
    public long startBundled(String datasetName, boolean dryRun, String startedBy) {
        BundledDataset dataset = BundledDataset.named(datasetName);
        return start(dataset.datasetName(), dataset, dataset.codeSystem(), dataset.parameter(), dataset.source(),
                dryRun, startedBy, false);
    }

    /** The first start's import: the bundled dataset, activated, its boundaries stored after activation. */
    public long startInitial(String datasetName) {
        BundledDataset dataset = BundledDataset.named(datasetName);
        return start(dataset.datasetName(), dataset, dataset.codeSystem(), dataset.parameter(), dataset.source(),
                false, "system", true);
    }

    /**
     * Imports four uploaded files (native or Odoo layout, detected per file) into a new edition; the streams are
     * saved first, each cut off just past {@code wilayah.import.max-file-bytes} so an oversized file is reported
     * rather than stored whole. Returns the run id.
     */
    public long startUpload(String editionName, Map<RegionFile, InputStream> files, boolean dryRun, String startedBy) {
        return startUpload(editionName, files, Map.of(), dryRun, startedBy);
    }

    /** As above, with boundaries: a GeoJSON FeatureCollection (gzip-compressed or not) for any of the levels. */
    public long startUpload(String editionName, Map<RegionFile, InputStream> files,
                            Map<RegionFile, InputStream> geometries, boolean dryRun, String startedBy) {
        return startUpload(editionName, files, geometries, null, dryRun, startedBy);
    }

    /** As above, with the edition's islands ({@code islands.csv}, gzip-compressed or not) unless null. */
    public long startUpload(String editionName, Map<RegionFile, InputStream> files,
                            Map<RegionFile, InputStream> geometries, InputStream islands, boolean dryRun,
                            String startedBy) {
        checkEditionName(editionName);
        List<String> missing = Arrays.stream(RegionFile.values()).filter(file -> !files.containsKey(file))
                .map(RegionFile::baseName).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Missing file(s): " + String.join(", ", missing)
                    + " (send provinces, regencies, districts and villages)");
        }
        return startSaved(editionName, save(files, geometries, islands), dryRun, startedBy);
    }

    /**
     * Imports a decree as published upstream in the SQL layout: the region dump ({@code wilayah.sql}, all levels,
     * dotted codes) and, if given, the postal code dump ({@code wilayah_kodepos.sql}), each gzip-compressed or not.
     * Returns the run id.
     */
    public long startSqlUpload(String editionName, Map<SqlDumpFile, InputStream> dumps, boolean dryRun,
                               String startedBy) {
        checkEditionName(editionName);
        if (!dumps.containsKey(SqlDumpFile.REGIONS)) {
            throw new InvalidInputException("Missing file: " + SqlDumpFile.REGIONS.fileName() + " (the region dump;"
                    + " " + SqlDumpFile.POSTAL_CODES.fileName() + " is optional)");
        }
        Path directory = newUploadDirectory();
        try {
            for (Map.Entry<SqlDumpFile, InputStream> dump : dumps.entrySet()) {
                save(dump.getValue(), directory.resolve(dump.getKey().fileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded files in " + directory, e);
        }
        return startSaved(editionName, new UploadedFiles(directory), dryRun, startedBy);
    }

    private static void checkEditionName(String editionName) {
        if (editionName == null || !editionName.matches(EDITION_NAME)) {
            throw new InvalidInputException("Edition name must be 1-64 characters of a-z, 0-9, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
    }

    private long startSaved(String editionName, UploadedFiles upload, boolean dryRun, String startedBy) {
        try {
            return start(editionName, upload, CodeSystem.KEMENDAGRI, upload.label(), "upload by " + startedBy,
                    dryRun, startedBy, false);
        } catch (RuntimeException notStarted) {
            upload.delete();
            throw notStarted;
        }
    }

    private long start(String editionName, ImportSource source, CodeSystem codeSystem, String sourceLabel,
                       String description, boolean dryRun, String startedBy, boolean deferGeometry) {
        ImportRun run = runs.prepare(editionName, codeSystem, sourceLabel, description, dryRun, startedBy,
                RowCounter.dataRows(source, fileSizeLimit.unpackedBytes()));
        Properties parameters = new Properties();
        parameters.setProperty(ImportJob.RUN_ID, run.getId().toString());
        parameters.setProperty(ImportJob.EDITION_ID, run.getEditionId().toString());
        parameters.setProperty(ImportJob.SOURCE, source.parameter());
        parameters.setProperty(ImportJob.ACTIVATE, Boolean.toString(!dryRun));
        parameters.setProperty(ImportJob.GEOMETRY, deferGeometry ? ImportJob.DEFERRED_GEOMETRY : "inline");
        long executionId = BatchRuntime.getJobOperator().start(ImportJob.NAME, parameters);
        runs.attachJob(run.getId(), executionId);
        LOG.info(() -> "Import run " + run.getId() + " of " + editionName + " from " + sourceLabel
                + " started (job execution " + executionId + (dryRun ? ", dry run)" : ")"));
        return run.getId();
    }

    private Path newUploadDirectory() {
        Path directory = home.path().resolve("uploads").resolve(UUID.randomUUID().toString());
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the upload directory " + directory, e);
        }
    }

    private UploadedFiles save(Map<RegionFile, InputStream> files, Map<RegionFile, InputStream> geometries,
                               InputStream islands) {
        Path directory = newUploadDirectory();
        try {
            for (Map.Entry<RegionFile, InputStream> file : files.entrySet()) {
                save(file.getValue(), directory.resolve(file.getKey().fileName()));
            }
            for (Map.Entry<RegionFile, InputStream> geometry : geometries.entrySet()) {
                save(geometry.getValue(), directory.resolve(geometry.getKey().geometryFileName()));
            }
            if (islands != null) {
                save(islands, directory.resolve(UploadedFiles.ISLANDS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded files in " + directory, e);
        }
        return new UploadedFiles(directory);
    }

    private void save(InputStream content, Path target) throws IOException {
        try (InputStream in = content; OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(new LimitedOutputStream(out, fileSizeLimit.bytes() + 1));
        }
    }

    public ImportRunView run(long runId) {
        ImportRun run = runs.find(runId).orElseThrow(() -> new NotFoundException("No import run " + runId));
        List<StepProgress> steps = run.getStatus() == ImportStatus.RUNNING ? liveSteps(run)
                : RunJson.steps(run.getProgress());
        long read = steps.stream().mapToLong(step -> step.read() + step.skipped()).sum();
        int percent = run.getStatus() == ImportStatus.COMPLETED ? 100
                : run.getExpectedRows() == 0 ? 0 : (int) Math.min(99, read * 100 / run.getExpectedRows());
        Instant end = run.getFinishedAt() == null ? Instant.now() : run.getFinishedAt();
        return new ImportRunView(run.getId(), run.getEditionName(), run.getSource(), run.getStatus().name(),
                run.isDryRun(), run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(),
                Duration.between(run.getStartedAt(), end).toMillis(), run.getExpectedRows(),
                steps.stream().mapToLong(StepProgress::read).sum(),
                steps.stream().mapToLong(StepProgress::written).sum(), percent, run.getMessage(), steps,
                run.getErrorCount(), RunJson.problems(run.getReport()), RunJson.diff(run.getDiff()));
    }

    /** While a job runs, its step executions carry the counts of every committed chunk. */
    private static List<StepProgress> liveSteps(ImportRun run) {
        if (run.getJobExecutionId() == null) {
            return List.of();
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            List<StepExecution> executions = operator.getStepExecutions(run.getJobExecutionId());
            return executions.stream().filter(execution -> execution.getMetrics().length > 0)
                    .map(execution -> StepProgress.of(execution.getStepName(), execution.getBatchStatus().name(),
                            execution.getMetrics(), elapsedMillis(execution))).toList();
        } catch (NoSuchJobExecutionException e) {
            return RunJson.steps(run.getProgress());
        }
    }

    private static long elapsedMillis(StepExecution execution) {
        if (execution.getStartTime() == null) {
            return 0;
        }
        long end = execution.getEndTime() == null ? System.currentTimeMillis() : execution.getEndTime().getTime();
        return end - execution.getStartTime().getTime();
    }

    public List<ImportRunSummary> history() {
        return runs.history(HISTORY_SIZE).stream().map(run -> new ImportRunSummary(run.getId(), run.getEditionName(),
                run.getSource(), run.getStatus().name(), run.isDryRun(), run.getStartedBy(), run.getStartedAt(),
                run.getFinishedAt(), run.getRowsRead(), run.getRowsWritten(), run.getErrorCount(), run.getMessage()))
                .toList();
    }

    /**
     * Runs left RUNNING by this node before it restarted, or by a node that is gone, can never finish: fail them so
     * their rows are removed. Runs of other live nodes go on.
     */
    public void failInterruptedRuns() {
        for (Long runId : runs.orphanedRunIds(true)) {
            LOG.warning(() -> "Import run " + runId + " was interrupted by a restart; marking it failed");
            runs.fail(runId, "interrupted: the server stopped while this import was running");
        }
    }
}
