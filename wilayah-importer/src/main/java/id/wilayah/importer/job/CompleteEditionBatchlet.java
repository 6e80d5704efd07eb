package id.wilayah.importer.job;

import id.wilayah.domain.region.EditionService;
import id.wilayah.importer.ImportRunService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Last step: records the counts of the fully written edition and, when asked to, activates it. */
@Named
@Dependent
public class CompleteEditionBatchlet extends AbstractBatchlet {
    @Inject
    ImportRunService runs;

    @Inject
    EditionService editions;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    @BatchProperty
    String activate;

    @Override
    public String process() {
        runs.complete(Long.parseLong(runId));
        if (Boolean.parseBoolean(activate)) {
            editions.activate(Long.parseLong(editionId));
        }
        return "COMPLETED";
    }
}
