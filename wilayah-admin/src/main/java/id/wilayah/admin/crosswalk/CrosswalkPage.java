package id.wilayah.admin.crosswalk;

import id.wilayah.admin.web.CurrentAdmin;
import id.wilayah.admin.web.Messages;
import id.wilayah.domain.crosswalk.csv.CsvProblem;
import id.wilayah.domain.crosswalk.csv.OverrideCsv;
import id.wilayah.domain.crosswalk.csv.OverrideCsvException;
import id.wilayah.domain.crosswalk.csv.OverrideLine;
import id.wilayah.domain.crosswalk.review.CrosswalkOverrides;
import id.wilayah.domain.crosswalk.review.CrosswalkReview;
import id.wilayah.domain.crosswalk.review.LevelCounts;
import id.wilayah.domain.crosswalk.review.OverrideView;
import id.wilayah.domain.crosswalk.review.ReviewPage;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.region.Level;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The crosswalk of two retained editions as an administrator reviews it: counts per level and match kind, the regions
 * to check a page at a time, links made by hand, an override file, and the table to download. Starts from the newest
 * BPS edition to the active one, the pair clients migrating from the replaced APIs use.
 */
@Named("crosswalk")
@ViewScoped
public class CrosswalkPage implements Serializable {
    static final int PAGE_SIZE = 50;
    static final int LISTED_OVERRIDES = 100;
    private static final long serialVersionUID = 1L;

    @Inject
    ReadyEditions ready;

    @Inject
    EditionService editions;

    @Inject
    Crosswalks crosswalks;

    @Inject
    CrosswalkReview review;

    @Inject
    CrosswalkOverrides overrides;

    @Inject
    CurrentAdmin currentAdmin;

    private String from;
    private String to;
    private String level;
    private int first;
    private String fromCode;
    private String toCode;
    private transient Part file;
    private transient List<CsvProblem> problems = List.of();
    private int problemTotal;
    private transient EditionPair pair;
    private transient boolean pairChecked;
    private transient List<OverrideView> listed;
    private transient List<LevelCounts> counts;
    private transient ReviewPage rows;

    public List<String> getEditions() {
        return ready.all().stream().map(EditionInfo::name).toList();
    }

    /** Whether there are two editions to link at all. */
    public boolean isPossible() {
        return getEditions().size() > 1;
    }

    public String getFrom() {
        if (from == null) {
            from = defaultFrom();
        }
        return from;
    }

    public String getTo() {
        if (to == null) {
            to = editions.activeEdition().map(EditionInfo::name).orElse(null);
        }
        return to;
    }

    /** The newest BPS edition, else the newest edition that is not the target. */
    private String defaultFrom() {
        List<EditionInfo> newestFirst = new ArrayList<>(ready.all());
        Collections.reverse(newestFirst);
        String target = getTo();
        Optional<EditionInfo> bps = newestFirst.stream()
                .filter(edition -> edition.codeSystem().equals(CodeSystem.BPS.name()))
                .filter(edition -> !edition.name().equals(target)).findFirst();
        return bps.or(() -> newestFirst.stream().filter(edition -> !edition.name().equals(target)).findFirst())
                .map(EditionInfo::name).orElse(null);
    }

    public void show() {
        first = 0;
        refresh();
    }

    public void next() {
        if (first + PAGE_SIZE < getRows().total()) {
            first += PAGE_SIZE;
        }
        refresh();
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        refresh();
    }

    public void link() {
        EditionPair checked = pair();
        if (checked == null) {
            return;
        }
        try {
            OverrideLine made = overrides.link(checked, fromCode, toCode, currentAdmin.getName());
            Messages.info(made.toCode() == null
                    ? made.fromCode() + " is now without counterpart in " + getTo() + "."
                    : made.fromCode() + " is now linked by hand to " + made.toCode() + ".");
            fromCode = null;
            toCode = null;
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    public void remove(String code) {
        EditionPair checked = pair();
        if (checked == null) {
            return;
        }
        try {
            overrides.remove(checked, code, currentAdmin.getName());
            Messages.info("The override of " + code + " is removed: its computed links apply again.");
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    public void upload() {
        problems = List.of();
        problemTotal = 0;
        EditionPair checked = pair();
        if (checked == null) {
            return;
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Messages.error("Choose a CSV file to upload.");
            return;
        }
        if (file.getSize() > OverrideCsv.MAX_BYTES) {
            Messages.error("The file has " + file.getSize() + " bytes; at most " + OverrideCsv.MAX_BYTES
                    + " are accepted.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int regions = overrides.upload(checked, in, currentAdmin.getName());
            Messages.info(file.getSubmittedFileName() + ": " + regions + " regions overridden.");
        } catch (OverrideCsvException e) {
            problems = e.problems();
            problemTotal = e.total();
            Messages.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded " + file.getSubmittedFileName(), e);
        }
        refresh();
    }

    public List<LevelCounts> getCounts() {
        if (counts == null) {
            EditionPair checked = pair();
            counts = checked == null ? List.of() : review.counts(checked);
        }
        return counts;
    }

    public List<String> getKinds() {
        return LevelCounts.kindLabels();
    }

    public ReviewPage getRows() {
        if (rows == null) {
            EditionPair checked = pair();
            rows = checked == null ? new ReviewPage(List.of(), 0, 0)
                    : review.toReview(checked, selectedLevel(), first, PAGE_SIZE);
        }
        return rows;
    }

    /** Which rows to review this page shows, e.g. "51–100 of 1234". */
    public String getRange() {
        ReviewPage page = getRows();
        if (page.total() == 0) {
            return "Nothing to review.";
        }
        return (page.first() + 1) + "–" + (page.first() + page.rows().size()) + " of " + page.total();
    }

    public String getProblemSummary() {
        String listed = problemTotal > problems.size() ? ", the first " + problems.size() + " listed" : "";
        return problemTotal + (problemTotal == 1 ? " problem" : " problems") + listed + ":";
    }

    public List<OverrideView> getOverrides() {
        if (listed == null) {
            EditionPair checked = pair();
            listed = checked == null ? List.of() : overrides.list(checked, LISTED_OVERRIDES);
        }
        return listed;
    }

    public long getOverrideCount() {
        EditionPair checked = pair();
        return checked == null ? 0 : overrides.count(checked);
    }

    public double getThreshold() {
        return review.threshold();
    }

    public String getThresholdKey() {
        return CrosswalkReview.THRESHOLD_KEY;
    }

    /** The download's address relative to this page, for the chosen pair. */
    public String getDownload() {
        return "crosswalk.csv?from=" + URLEncoder.encode(String.valueOf(getFrom()), StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(String.valueOf(getTo()), StandardCharsets.UTF_8);
    }

    public List<String> getLevels() {
        return Arrays.stream(Level.values()).map(Level::label).toList();
    }

    private Level selectedLevel() {
        for (Level candidate : Level.values()) {
            if (candidate.label().equals(level)) {
                return candidate;
            }
        }
        return null;
    }

    /** The checked pair of this request, or null after telling the administrator why there is none. */
    private EditionPair pair() {
        if (!pairChecked && isPossible()) {
            pairChecked = true;
            try {
                pair = crosswalks.pair(getFrom(), getTo(), true);
            } catch (InvalidInputException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        }
        return pair;
    }

    private void refresh() {
        pair = null;
        pairChecked = false;
        counts = null;
        rows = null;
        listed = null;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getFromCode() {
        return fromCode;
    }

    public void setFromCode(String fromCode) {
        this.fromCode = fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public void setToCode(String toCode) {
        this.toCode = toCode;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<CsvProblem> getProblems() {
        return problems;
    }

    public int getProblemTotal() {
        return problemTotal;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }
}
