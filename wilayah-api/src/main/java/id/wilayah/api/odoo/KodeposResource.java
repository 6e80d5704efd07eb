package id.wilayah.api.odoo;

import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.RegionDirectory;
import id.wilayah.domain.region.RegionSnapshot;
import id.wilayah.domain.region.Village;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("kodepos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KodeposResource {
    @Inject
    RegionDirectory directory;

    @GET
    @Path("{postalCode}")
    public List<KodeposItem> villages(@PathParam("postalCode") String postalCode) {
        String canonical = RegionCode.normalizePostalCode(postalCode);
        RegionSnapshot snapshot = directory.current();
        List<Village> villages = snapshot.villagesWithPostalCode(canonical);
        if (villages.isEmpty()) {
            throw new NotFoundException("No kelurahan has postal code " + canonical);
        }
        RegionViews views = new RegionViews(snapshot);
        return villages.stream().map(views::kodepos).toList();
    }
}
