package id.wilayah.api.codes;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The code system of a request: {@code ?codes=bps|kemendagri} if given, else the calling key's. Also gathers the codes
 * an answer kept untranslated, for the {@value #UNTRANSLATED_HEADER} header of answers that cannot mark them in their
 * body. Both live in request attributes rather than a request-scoped bean, so a request that never asks costs nothing.
 */
public final class RequestedCodes {
    public static final String PARAMETER = "codes";
    public static final String HEADER = "X-Wilayah-Codes";
    public static final String UNTRANSLATED_HEADER = "X-Wilayah-Untranslated";
    /** Enough for a page with a few untranslated regions; a header must stay well below what clients accept. */
    static final int MAX_LISTED = 100;

    private static final String SYSTEM = "wilayah.codeSystem";
    private static final String UNTRANSLATED = "wilayah.untranslatedCodes";

    private RequestedCodes() {
    }

    public static CodeSystem of(HttpServletRequest request) {
        if (request.getAttribute(SYSTEM) instanceof CodeSystem known) {
            return known;
        }
        String asked = request.getParameter(PARAMETER);
        CodeSystem system = asked != null ? parse(asked)
                : request.getAttribute(ApiKeyFilter.GRANT) instanceof KeyGrant grant && grant.codeSystem() != null
                ? grant.codeSystem() : CodeSystem.KEMENDAGRI;
        request.setAttribute(SYSTEM, system);
        return system;
    }

    /** {@code bps} or {@code kemendagri}, in any case. */
    public static CodeSystem parse(String asked) {
        String wanted = asked.strip().toUpperCase(Locale.ROOT);
        for (CodeSystem candidate : CodeSystem.values()) {
            if (candidate.name().equals(wanted)) {
                return candidate;
            }
        }
        throw new InvalidInputException("Invalid codes '" + RegionCode.printable(asked)
                + "': expected bps or kemendagri");
    }

    /** Notes the codes of {@code region} that {@code snapshot} answers untranslated (its own, its parent's). */
    public static void noteUntranslated(HttpServletRequest request, RegionSnapshot snapshot, Region region) {
        if (region == null || !snapshot.codes().translated()) {
            return;
        }
        boolean own = snapshot.codes().codeKept(region);
        boolean parent = snapshot.codes().parentCodeKept(region);
        if (own || parent) {
            @SuppressWarnings("unchecked")
            Set<String> noted = (Set<String>) request.getAttribute(UNTRANSLATED);
            if (noted == null) {
                noted = new LinkedHashSet<>();
                request.setAttribute(UNTRANSLATED, noted);
            }
            if (own) {
                noted.add(region.code());
            }
            if (parent) {
                noted.add(region.parentCode());
            }
        }
    }

    /** The noted codes, comma-separated: the first {@value #MAX_LISTED}, then {@code …} if there are more. */
    static String untranslatedHeader(Object noted) {
        if (!(noted instanceof Set<?> codes) || codes.isEmpty()) {
            return null;
        }
        StringBuilder header = new StringBuilder();
        int listed = 0;
        for (Object code : codes) {
            if (listed == MAX_LISTED) {
                return header.append(",…").toString();
            }
            header.append(listed++ == 0 ? "" : ",").append(code);
        }
        return header.toString();
    }

    static Object noted(HttpServletRequest request) {
        return request.getAttribute(UNTRANSLATED);
    }
}
