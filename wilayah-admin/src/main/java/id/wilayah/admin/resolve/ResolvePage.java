package id.wilayah.admin.resolve;

import id.wilayah.admin.web.Messages;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.resolve.history.FormerNamesFollower;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Addresses resolved for an administrator: pasted lines or an uploaded file read by the active edition's resolver, the
 * result shown a page at a time and downloaded as CSV. The result stays with the page (view scope), so paging and the
 * download show exactly what was resolved, even if another edition is activated meanwhile.
 */
@Named("resolve")
@ViewScoped
public class ResolvePage implements Serializable {
    static final int PAGE_SIZE = 100;
    private static final long serialVersionUID = 1L;

    @Inject
    RegionDirectory regions;

    @Inject
    FormerNamesFollower formerNames;

    private String text;
    private transient Part file;
    private List<ResolvedRow> rows = List.of();
    private String edition;
    private int first;

    public void resolveText() {
        if (text == null || text.isBlank()) {
            Messages.error("Paste at least one address, one a line.");
            return;
        }
        resolve(text.getBytes(StandardCharsets.UTF_8), "The pasted lines");
    }

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Messages.error("Choose a CSV file to upload.");
            return;
        }
        if (file.getSize() > AddressLines.MAX_BYTES) {
            Messages.error("The file has " + file.getSize() + " bytes; at most " + AddressLines.MAX_BYTES
                    + " are accepted.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            resolve(in.readAllBytes(), file.getSubmittedFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded " + file.getSubmittedFileName(), e);
        }
    }

    private void resolve(byte[] content, String source) {
        Optional<RegionSnapshot> current = regions.currentIfLoaded();
        if (current.isEmpty()) {
            Messages.error("The region data is not loaded yet; try again shortly.");
            return;
        }
        List<String> addresses;
        try {
            addresses = AddressLines.read(content);
        } catch (InvalidInputException e) {
            Messages.error(source + ": " + e.getMessage());
            return;
        }
        AddressResolver resolver = formerNames.resolverOf(current.get());
        rows = addresses.stream().map(address -> ResolvedRow.of(address, resolver)).toList();
        edition = current.get().edition().name();
        first = 0;
        long doubtful = rows.stream().filter(ResolvedRow::isDoubtful).count();
        Messages.info(source + ": " + rows.size() + (rows.size() == 1 ? " address" : " addresses") + " resolved, "
                + doubtful + " of them marked for review.");
    }

    public void next() {
        if (first + PAGE_SIZE < rows.size()) {
            first += PAGE_SIZE;
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
    }

    /** The whole result as CSV, in place of the page. */
    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType(ResolvedCsv.MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + ResolvedCsv.FILE_NAME + "\"");
        ResolvedCsv.write(rows, external.getResponseOutputStream());
        faces.responseComplete();
    }

    /** The rows of the current page. */
    public List<ResolvedRow> getRows() {
        return rows.subList(first, Math.min(rows.size(), first + PAGE_SIZE));
    }

    public boolean isResolved() {
        return !rows.isEmpty();
    }

    /** Which rows the page shows, e.g. "101–200 of 2500". */
    public String getRange() {
        return (first + 1) + "–" + (first + getRows().size()) + " of " + rows.size();
    }

    /** How many rows are confident, doubtful and unrecognised. */
    public String getSummary() {
        long unrecognised = rows.stream().filter(row -> row.confidence() == null).count();
        long doubtful = rows.stream().filter(ResolvedRow::isDoubtful).count() - unrecognised;
        return (rows.size() - doubtful - unrecognised) + " with confidence " + ResolvedRow.CONFIDENT + " or more, "
                + doubtful + " below, " + unrecognised + " not recognised.";
    }

    /** The number of the first row of the page, for the rows' numbers. */
    public int getFirst() {
        return first;
    }

    public boolean isLastPage() {
        return first + PAGE_SIZE >= rows.size();
    }

    public String getEdition() {
        return edition;
    }

    public double getConfident() {
        return ResolvedRow.CONFIDENT;
    }

    public int getMaxAddresses() {
        return AddressLines.MAX_ADDRESSES;
    }

    public int getMaxAddressChars() {
        return AddressLines.MAX_ADDRESS_CHARS;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
