package id.wilayah.api.odoo;

import id.wilayah.api.http.QueryInput;
import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.RegionDirectory;
import id.wilayah.domain.region.RegionSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("kelurahan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KelurahanResource {
    @Inject
    RegionDirectory directory;

    @GET
    public List<KelurahanItem> list(@QueryParam("kode_kecamatan") String districtCode,
                                    @QueryParam("name") String name) {
        String parent = districtCode == null ? null : RegionCode.normalize(Level.DISTRICT, districtCode);
        return directory.current().villages().list(parent, QueryInput.nameFilter(name)).stream()
                .map(KelurahanItem::of).toList();
    }

    @GET
    @Path("{code}")
    public KelurahanDetail get(@PathParam("code") String code) {
        String canonical = RegionCode.normalize(Level.VILLAGE, code);
        RegionSnapshot snapshot = directory.current();
        return snapshot.villages().find(canonical).map(new RegionViews(snapshot)::kelurahan)
                .orElseThrow(() -> new NotFoundException("Kelurahan " + canonical + " not found"));
    }
}
