package id.wilayah.importer.validation;

import id.wilayah.importer.format.RegionRows;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.RejectedLineException;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the import job's reading and validation without the batch runtime: rows parents first, a rejected line is
 * recorded and reading goes on, exactly as the job's skip policy and {@code RejectedLineListener} do.
 */
final class CorpusImport {
    final EditionValidation validation = new EditionValidation();
    final List<RegionRow> accepted = new ArrayList<>();

    static CorpusImport of(ImportSource source, long maxBytes) {
        CorpusImport run = new CorpusImport();
        for (RegionFile file : RegionFile.values()) {
            try (RegionRows reader = RegionRows.open(file, source, maxBytes, maxBytes * 8)) {
                while (true) {
                    try {
                        RegionRow row = reader.next();
                        if (row == null) {
                            break;
                        }
                        run.accepted.add(run.validation.check(row));
                    } catch (RejectedLineException e) {
                        run.validation.record(e.problem());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    /** A corpus case: its own files, the rest from the valid set of the same layout; {@code X.absent} drops X. */
    static ImportSource corpusCase(String name) {
        Path corpus;
        try {
            corpus = Path.of(CorpusImport.class.getResource("/corpus/valid").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path own = corpus.resolve(name);
        Path base = corpus.resolve(name.startsWith("odoo") ? "odoo" : "valid");
        return new ImportSource() {
            @Override
            public String parameter() {
                return "corpus:" + name;
            }

            @Override
            public InputStream open(RegionFile file) throws IOException {
                return Files.exists(own.resolve(file.fileName() + ".absent")) ? null
                        : Files.newInputStream(path(file));
            }

            @Override
            public long size(RegionFile file) throws IOException {
                return Files.exists(own.resolve(file.fileName() + ".absent")) ? 0 : Files.size(path(file));
            }

            private Path path(RegionFile file) {
                Path path = own.resolve(file.fileName());
                return Files.exists(path) ? path : base.resolve(file.fileName());
            }
        };
    }

    List<RegionRow> rows(id.wilayah.domain.region.Level level) {
        return accepted.stream().filter(row -> row.level() == level).toList();
    }
}
