package id.wilayah.domain.resolve;

import java.util.Map;

/**
 * Short forms people write for provinces and for Jakarta's cities, by the name (folded, without its prefix) of what
 * they stand for. Keyed by name rather than code so they hold in every code system and edition that keeps the name.
 */
final class ShortForms {
    static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("NAD", "ACEH"), Map.entry("NANGGROE ACEH DARUSSALAM", "ACEH"),
            Map.entry("SUMUT", "SUMATERA UTARA"), Map.entry("SUMBAR", "SUMATERA BARAT"),
            Map.entry("SUMSEL", "SUMATERA SELATAN"), Map.entry("SUMATRA UTARA", "SUMATERA UTARA"),
            Map.entry("SUMATRA BARAT", "SUMATERA BARAT"), Map.entry("SUMATRA SELATAN", "SUMATERA SELATAN"),
            Map.entry("BABEL", "KEPULAUAN BANGKA BELITUNG"), Map.entry("BANGKA BELITUNG", "KEPULAUAN BANGKA BELITUNG"),
            Map.entry("KEPRI", "KEPULAUAN RIAU"),
            Map.entry("DKI", "JAKARTA"), Map.entry("DKI JAKARTA", "JAKARTA"),
            Map.entry("JABAR", "JAWA BARAT"), Map.entry("JATENG", "JAWA TENGAH"), Map.entry("JATIM", "JAWA TIMUR"),
            Map.entry("DIY", "YOGYAKARTA"), Map.entry("D I YOGYAKARTA", "YOGYAKARTA"),
            Map.entry("DI YOGYAKARTA", "YOGYAKARTA"), Map.entry("JOGJA", "YOGYAKARTA"),
            Map.entry("JOGJAKARTA", "YOGYAKARTA"), Map.entry("YOGYA", "YOGYAKARTA"),
            Map.entry("NTB", "NUSA TENGGARA BARAT"), Map.entry("NTT", "NUSA TENGGARA TIMUR"),
            Map.entry("KALBAR", "KALIMANTAN BARAT"), Map.entry("KALTENG", "KALIMANTAN TENGAH"),
            Map.entry("KALSEL", "KALIMANTAN SELATAN"), Map.entry("KALTIM", "KALIMANTAN TIMUR"),
            Map.entry("KALTARA", "KALIMANTAN UTARA"),
            Map.entry("SULUT", "SULAWESI UTARA"), Map.entry("SULTENG", "SULAWESI TENGAH"),
            Map.entry("SULSEL", "SULAWESI SELATAN"), Map.entry("SULTRA", "SULAWESI TENGGARA"),
            Map.entry("SULBAR", "SULAWESI BARAT"), Map.entry("MALUT", "MALUKU UTARA"),
            Map.entry("PAPBAR", "PAPUA BARAT"), Map.entry("PABAR", "PAPUA BARAT"),
            Map.entry("PBD", "PAPUA BARAT DAYA"));

    static final Map<String, String> REGENCIES = Map.ofEntries(
            Map.entry("JAKSEL", "JAKARTA SELATAN"), Map.entry("JAKPUS", "JAKARTA PUSAT"),
            Map.entry("JAKUT", "JAKARTA UTARA"), Map.entry("JAKBAR", "JAKARTA BARAT"),
            Map.entry("JAKTIM", "JAKARTA TIMUR"), Map.entry("SERIBU", "KEPULAUAN SERIBU"));

    /** Words a province's or regency's name opens with that people leave out: {@code DKI Jakarta}, {@code Jakarta}. */
    static final String[] NAME_OPENINGS = {"DAERAH KHUSUS IBUKOTA ", "DAERAH KHUSUS ", "DAERAH ISTIMEWA ",
        "PROVINSI ", "KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KABUPATEN ", "KOTA "};

    private ShortForms() {
    }

    /** The name without the opening people leave out, or the name itself. */
    static String core(String key) {
        for (String opening : NAME_OPENINGS) {
            if (key.startsWith(opening) && key.length() > opening.length()) {
                return key.substring(opening.length());
            }
        }
        return key;
    }
}
