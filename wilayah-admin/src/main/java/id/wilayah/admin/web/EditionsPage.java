package id.wilayah.admin.web;

import id.wilayah.domain.InvalidInputException;
import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.EditionInfo;
import id.wilayah.domain.region.EditionService;
import id.wilayah.domain.region.EditionSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named("editions")
@RequestScoped
public class EditionsPage {
    @Inject
    EditionService editions;

    @Inject
    EditionSwitch editionSwitch;

    @Inject
    CurrentAdmin currentAdmin;

    private List<EditionRow> rows;

    public List<EditionRow> getAll() {
        if (rows == null) {
            Long activeId = editions.activeEdition().map(EditionInfo::id).orElse(null);
            rows = editions.all().stream().map(edition -> EditionRow.of(edition, activeId)).toList();
        }
        return rows;
    }

    public String activate(long editionId) {
        try {
            EditionInfo activated = editionSwitch.activate(editionId, currentAdmin.getName());
            Messages.info("Edition " + activated.name() + " now answers all requests.");
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
            return null;
        }
        return "editions?faces-redirect=true";
    }
}
