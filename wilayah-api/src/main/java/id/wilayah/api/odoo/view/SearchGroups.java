package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"provinsi", "kota", "kecamatan", "kelurahan"})
public record SearchGroups(List<ProvinsiItem> provinsi, List<KotaItem> kota, List<KecamatanItem> kecamatan,
                           List<KelurahanItem> kelurahan) {
}
