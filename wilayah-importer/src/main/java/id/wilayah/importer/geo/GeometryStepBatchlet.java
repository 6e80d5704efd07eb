package id.wilayah.importer.geo;

import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.job.ImportJob;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Properties;

/**
 * The import job's step between the villages and completion: the source's boundaries are checked against the
 * edition's accepted codes and stored, and any problem is added to the run's report, so completion rejects the whole
 * run. On the first start the step only registers the boundaries for storing right after activation, so the region
 * API does not wait for them.
 */
@Named
@Dependent
public class GeometryStepBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Inject
    GeometryImport geometryImport;

    @Inject
    DeferredGeometryImport deferred;

    @Inject
    GeoDirectory geography;

    @Override
    public String process() {
        Properties job = jobContext.getProperties();
        long editionId = Long.parseLong(job.getProperty(ImportJob.EDITION_ID));
        ImportSource source = ImportSource.of(job.getProperty(ImportJob.SOURCE));
        EditionValidation validation = (EditionValidation) jobContext.getTransientUserData();
        if (validation.report().hasProblems()) {
            return "SKIPPED";
        }
        if (ImportJob.DEFERRED_GEOMETRY.equals(job.getProperty(ImportJob.GEOMETRY))) {
            geography.importStarted(editionId);
            deferred.afterActivation(editionId, source);
            return "DEFERRED";
        }
        geometryImport.importLevels(editionId, source, EnumSet.allOf(Level.class), validation::record);
        return "COMPLETED";
    }
}
