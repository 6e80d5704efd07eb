package id.wilayah.api.nik;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.nik.Nik;
import id.wilayah.domain.nik.NikRegion;
import id.wilayah.domain.nik.NikService;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("nik")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "NIK", description = "Decoding Indonesian national identity numbers")
public class NikResource {
    /** Birth dates in a NIK are Indonesian calendar dates; "in the future" is judged in Western Indonesia Time. */
    private static final ZoneId INDONESIA = ZoneId.of("Asia/Jakarta");

    @Inject
    RequestedEdition edition;

    @Inject
    NikService service;

    @Inject
    HttpServletRequest request;

    @GET
    @Path("{nik}")
    @Operation(summary = "Decode a 16-digit NIK",
            description = "Region from digits 1-6, birth date and sex from digits 7-12 (day + 40 = female), serial"
                    + " from 13-16. A district code the edition no longer has (re-coded, merged) is looked up in the"
                    + " older retained editions, newest first by decree year, and followed through the chain of"
                    + " crosswalks between consecutive editions from the first that has it to today's district, and"
                    + " `resolved_via` (null otherwise) names that edition, the old code and the link; when no"
                    + " lineage leads anywhere the region is named from that older edition (`region_current`"
                    + " false).")
    @APIResponse(responseCode = "200", description = "The decoded NIK",
            content = @Content(schema = @Schema(implementation = NikDecoded.class)))
    @APIResponse(responseCode = "400",
            description = "Bad length, not a date, or unknown region (the detail says which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NikDecoded decode(@Parameter(description = "16 digits, dots and spaces allowed") @PathParam("nik")
                             String raw) {
        Nik nik = Nik.parse(raw, LocalDate.now(INDONESIA));
        RegionSnapshot answering = edition.snapshot();
        NikRegion region = service.regionOf(nik, answering.own());
        return NikDecoded.of(nik, region.current() ? inRequestedCodes(answering, region) : region);
    }

    /** The NIK's digits are the edition's own codes; the answer names the regions in the codes the request speaks. */
    private NikRegion inRequestedCodes(RegionSnapshot answering, NikRegion region) {
        if (!answering.codes().translated()) {
            return region;
        }
        Province province = answering.<Province>fromOwnCode(Level.PROVINCE, region.province().code())
                .orElse(region.province());
        Regency regency = answering.<Regency>fromOwnCode(Level.REGENCY, region.regency().code())
                .orElse(region.regency());
        District district = answering.<District>fromOwnCode(Level.DISTRICT, region.district().code())
                .orElse(region.district());
        for (Region answered : new Region[] {province, regency, district}) {
            RequestedCodes.noteUntranslated(request, answering, answered);
        }
        return new NikRegion(province, regency, district, region.edition(), region.current(), region.resolvedVia());
    }
}
