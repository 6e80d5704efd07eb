package id.wilayah.importer.job;

import id.wilayah.domain.InvalidInputException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.importer.format.RegionFile;
import id.wilayah.importer.format.RegionRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Canonicalises codes (dots removed) and rejects rows whose code, parent or name cannot be right. */
@Named
@Dependent
public class RegionRowValidator implements ItemProcessor {
    @Override
    public Object processItem(Object item) {
        RegionRow row = (RegionRow) item;
        String where = RegionFile.of(row.level()).baseName() + " line " + row.line() + ": ";
        try {
            String code = RegionCode.normalize(row.level(), row.code());
            String parent = row.level() == Level.PROVINCE ? null : parentOf(row);
            if (parent != null && !code.startsWith(parent)) {
                throw new InvalidInputException("code " + code + " is not under its parent " + parent);
            }
            if (row.name() == null || row.name().isBlank()) {
                throw new InvalidInputException("empty name");
            }
            return new RegionRow(row.level(), row.line(), code, parent, row.name(), row.type(), row.postalCode());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + e.getMessage());
        }
    }

    private static String parentOf(RegionRow row) {
        Level parentLevel = Level.values()[row.level().ordinal() - 1];
        return RegionCode.normalize(parentLevel, row.parentCode());
    }
}
