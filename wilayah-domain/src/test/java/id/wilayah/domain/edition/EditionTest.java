package id.wilayah.domain.edition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.RegionCounts;
import org.junit.jupiter.api.Test;

/** Which editions every key may name, and which only admin-scope keys may (dry runs). */
class EditionTest {
    private static final RegionCounts COUNTS = new RegionCounts(1, 1, 1, 1);

    @Test
    void aDryRunOfAnOfficialEditionIsUnpublishedUntilItIsActivated() {
        Edition dryRun = new Edition("kemendagri-2026", CodeSystem.KEMENDAGRI, "upload by admin");
        dryRun.markReady(COUNTS, CodeSystem.KEMENDAGRI);
        assertFalse(dryRun.isPublished());

        dryRun.markActivated();
        assertTrue(dryRun.isPublished(), "once activated, it stays published");
    }

    @Test
    void aReadyBpsEditionIsPublishedWithoutActivationForCodesAreTranslatedThroughIt() {
        Edition staged = new Edition("bps-2018", CodeSystem.BPS, "BPS master list 2018");
        assertFalse(staged.isPublished(), "not while importing");
        staged.markReady(COUNTS, CodeSystem.BPS);
        assertTrue(staged.isPublished());
    }

    @Test
    void anUploadFoundToBeInBpsCodesIsPublishedOnceReadyAndAFailedOneNever() {
        Edition upload = new Edition("bps-upload", CodeSystem.KEMENDAGRI, "upload by admin");
        upload.markReady(COUNTS, CodeSystem.BPS);
        assertTrue(upload.isPublished());

        Edition failed = new Edition("bps-broken", CodeSystem.BPS, "upload by admin");
        failed.markFailed();
        assertFalse(failed.isPublished());
    }
}
