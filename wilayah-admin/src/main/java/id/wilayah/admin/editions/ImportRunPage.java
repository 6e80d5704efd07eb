package id.wilayah.admin.editions;

import id.wilayah.admin.web.CurrentAdmin;
import id.wilayah.admin.web.Messages;
import id.wilayah.domain.edition.EditionConflictException;
import id.wilayah.domain.edition.EditionSummary;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.importer.edition.EditionManagement;
import id.wilayah.importer.job.ImportService;
import id.wilayah.importer.run.ImportRunView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One import run: progress while the batch job runs (the page reloads itself), then the validation report or the
 * diff against the active edition, and activation of a completed dry run. The run id travels as request parameter
 * {@code id}, on the GET and on the Activate post alike.
 */
@Named("importRun")
@RequestScoped
public class ImportRunPage {
    static final int REFRESH_SECONDS = 2;

    @Inject
    ImportService importer;

    @Inject
    EditionManagement editions;

    @Inject
    CurrentAdmin currentAdmin;

    private ImportRunView run;
    private boolean loaded;
    private Boolean activatable;

    public ImportRunView getRun() {
        if (!loaded) {
            loaded = true;
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                run = importer.run(Long.parseLong(id));
            } catch (NumberFormatException | NotFoundException e) {
                run = null;
            }
        }
        return run;
    }

    public boolean isRunning() {
        return getRun() != null && "RUNNING".equals(run.status());
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    /** A completed dry run whose edition is still retained and not yet serving. */
    public boolean isActivatable() {
        if (activatable == null) {
            activatable = getRun() != null && "COMPLETED".equals(run.status()) && editions.retained().stream()
                    .anyMatch(edition -> edition.name().equals(run.edition()) && !edition.active());
        }
        return activatable;
    }

    public String activate() {
        if (!isActivatable()) {
            Messages.error("This run's edition cannot be activated (it is active already, or no longer retained).");
            return null;
        }
        try {
            EditionSummary activated = editions.activate(run.edition(), currentAdmin.getName());
            Messages.info("Edition " + activated.name() + " now answers all requests.");
        } catch (NotFoundException | EditionConflictException e) {
            Messages.error(e.getMessage());
            return null;
        }
        return "import-run?faces-redirect=true&id=" + run.id();
    }
}
