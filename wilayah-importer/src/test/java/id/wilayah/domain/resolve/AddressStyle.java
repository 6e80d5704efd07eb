package id.wilayah.domain.resolve;

/** The ways integrators' addresses are written, as the development set imitates them. */
enum AddressStyle {
    SHIPPING_LABEL("shipping label: street, Desa/Kel., Kec., Kab./Kota, province and postal code, on lines or commas"),
    FORM_FIELDS("form fields: one field per level, no prefixes, joined by commas"),
    CRM_CAPITALS("CRM export in capitals: abbreviated prefixes, RT/RW, no punctuation between levels"),
    LOWER_NO_PREFIX("lower case, no prefixes, no commas"),
    REVERSED("parts in reverse order: province first, street last"),
    LEVELS_MISSING("levels missing: the kecamatan or the kabupaten/kota and province left out"),
    VILLAGE_POSTAL("village and postal code only"),
    TYPOS("shipping label with a typo in the village or kecamatan name"),
    JAKARTA_SHORT("Jakarta addresses with short names: Jaksel, Jakpus, DKI"),
    OLD_SPELLING("form fields in old spelling (DJ, TJ, OE) and with abbreviated Kab./Kec."),
    FORMER_NAME("shipping label naming a village renamed since kemendagri-2023 by its name there");

    private final String description;

    AddressStyle(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
