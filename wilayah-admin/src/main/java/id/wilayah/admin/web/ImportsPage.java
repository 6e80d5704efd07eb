package id.wilayah.admin.web;

import id.wilayah.domain.InvalidInputException;
import id.wilayah.domain.admin.AuditLog;
import id.wilayah.domain.importrun.ImportHistory;
import id.wilayah.domain.importrun.ImportRunView;
import id.wilayah.domain.importrun.ImportStatus;
import id.wilayah.domain.region.EditionConflictException;
import id.wilayah.importer.ImportService;
import id.wilayah.importer.source.BundledDataset;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Starts imports of the bundled datasets and lists recent runs; the page reloads itself while one is running. */
@Named("imports")
@RequestScoped
public class ImportsPage {
    static final int HISTORY_SIZE = 50;

    @Inject
    ImportService importer;

    @Inject
    ImportHistory history;

    @Inject
    AuditLog audit;

    @Inject
    CurrentAdmin currentAdmin;

    private BundledDataset dataset = BundledDataset.values()[0];
    private boolean dryRun = true;
    private List<ImportRunView> runs;

    public List<ImportRunView> getRuns() {
        if (runs == null) {
            runs = history.recent(HISTORY_SIZE);
        }
        return runs;
    }

    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(run -> run.status() == ImportStatus.RUNNING);
    }

    public String start() {
        try {
            long runId = importer.startBundled(dataset.datasetName(), dryRun, currentAdmin.getName());
            audit.record(currentAdmin.getName(), "IMPORT_STARTED", dataset.datasetName(),
                    "run " + runId + (dryRun ? ", dry run" : ", activates when complete"));
        } catch (InvalidInputException | EditionConflictException e) {
            Messages.error(e.getMessage());
            return null;
        }
        Messages.info("Import of " + dataset.datasetName() + " started.");
        return "imports?faces-redirect=true";
    }

    public BundledDataset[] getDatasets() {
        return BundledDataset.values();
    }

    public BundledDataset getDataset() {
        return dataset;
    }

    public void setDataset(BundledDataset dataset) {
        this.dataset = dataset;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
