package id.wilayah.admin.editions;

import id.wilayah.admin.web.CurrentAdmin;
import id.wilayah.admin.web.Messages;
import id.wilayah.domain.edition.EditionConflictException;
import id.wilayah.domain.edition.EditionSummary;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.edition.EditionManagement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Retained editions with their counts; activating one is also how an admin rolls back; any two can be compared. */
@Named("editions")
@RequestScoped
public class EditionsPage {
    @Inject
    EditionManagement editions;

    @Inject
    CurrentAdmin currentAdmin;

    private List<EditionSummary> retained;
    private String from;
    private String to;
    private EditionDiff diff;

    public List<EditionSummary> getAll() {
        if (retained == null) {
            retained = editions.retained();
        }
        return retained;
    }

    public String activate(String name) {
        try {
            EditionSummary activated = editions.activate(name, currentAdmin.getName());
            Messages.info("Edition " + activated.name() + " now answers all requests.");
        } catch (NotFoundException | EditionConflictException e) {
            Messages.error(e.getMessage());
            return null;
        }
        return "editions?faces-redirect=true";
    }

    public void compare() {
        try {
            diff = editions.diff(from, to);
        } catch (NotFoundException | EditionConflictException e) {
            Messages.error(e.getMessage());
        }
    }

    public EditionDiff getDiff() {
        return diff;
    }

    /** Comparing starts from the active edition unless the admin picks another. */
    public String getFrom() {
        if (from == null) {
            return getAll().stream().filter(EditionSummary::active).map(EditionSummary::name).findFirst().orElse(null);
        }
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** ... to the newest edition that is not active, the usual candidate for activation. */
    public String getTo() {
        if (to == null) {
            List<EditionSummary> inactive = getAll().stream().filter(edition -> !edition.active()).toList();
            return inactive.isEmpty() ? getFrom() : inactive.get(inactive.size() - 1).name();
        }
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
