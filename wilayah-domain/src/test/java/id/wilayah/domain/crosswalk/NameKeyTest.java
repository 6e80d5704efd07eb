package id.wilayah.domain.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.wilayah.domain.region.Level;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void regencyPrefixesOfEveryEditionBecomeTheRegencyKind() {
        String key = key(Level.REGENCY, "Kabupaten Aceh Selatan");
        assertEquals(key, key(Level.REGENCY, "KAB. ACEH SELATAN"));
        assertEquals(key, key(Level.REGENCY, "KABUPATEN ACEH SELATAN"));
        assertEquals(key(Level.REGENCY, "Kota Administrasi Jakarta Pusat"), key(Level.REGENCY, "KOTA ADM. JAKARTA PUSAT"));
        assertEquals(key(Level.REGENCY, "Kota Administrasi Jakarta Pusat"), key(Level.REGENCY, "KOTA JAKARTA PUSAT"));
        assertEquals(key(Level.REGENCY, "Kabupaten Administrasi Kepulauan Seribu"),
                key(Level.REGENCY, "KABUPATEN KEPULAUAN SERIBU"));
    }

    @Test
    void aKotaAndAKabupatenOfOneNameStayApart() {
        assertNotEquals(key(Level.REGENCY, "KOTA BANDUNG"), key(Level.REGENCY, "KABUPATEN BANDUNG"));
    }

    @Test
    void aRegencyWithoutPrefixTakesItsKindFromItsType() {
        assertEquals(key(Level.REGENCY, "Kota Bandung"), NameKey.of(Level.REGENCY, "Bandung", "Kota"));
    }

    @Test
    void caseSpacingPunctuationAndAccentsDoNotMatter() {
        assertEquals(key(Level.REGENCY, "Kota Dumai"), key(Level.REGENCY, "KOTA D U M A I"));
        assertEquals(key(Level.VILLAGE, "Sukamaju"), key(Level.VILLAGE, "SUKA MAJU"));
        assertEquals(key(Level.VILLAGE, "Pulo Lon / Pulo Dayah"), key(Level.VILLAGE, "PULO LON/PULO DAYAH"));
        assertEquals(key(Level.VILLAGE, "MARANG"), key(Level.VILLAGE, "Ma'rang"));
        assertEquals(key(Level.VILLAGE, "Dua-Puluh"), key(Level.VILLAGE, "DUA PULUH"));
        assertEquals(key(Level.VILLAGE, "Selatan"), key(Level.VILLAGE, "Sélatan"));
    }

    @Test
    void oldSpellingsTakeTheCurrentForm() {
        assertEquals(key(Level.VILLAGE, "Jatinegara"), key(Level.VILLAGE, "DJATINEGARA"));
        assertEquals(key(Level.VILLAGE, "Cibadak"), key(Level.VILLAGE, "TJIBADAK"));
        assertEquals(key(Level.VILLAGE, "Surabaya"), key(Level.VILLAGE, "SOERABAJA".replace("J", "Y")));
        assertEquals(key(Level.VILLAGE, "Syarif"), key(Level.VILLAGE, "SJARIF"));
        assertEquals(key(Level.VILLAGE, "Nyonya"), key(Level.VILLAGE, "NJONJA"));
        assertEquals(key(Level.VILLAGE, "Khusus"), key(Level.VILLAGE, "CHUSUS"));
    }

    @Test
    void doubledLettersCountOnce() {
        assertEquals(key(Level.VILLAGE, "Balee"), key(Level.VILLAGE, "BALE"));
        assertEquals(key(Level.REGENCY, "Kabupaten Mappi"), key(Level.REGENCY, "KABUPATEN MAPI"));
    }

    @Test
    void numeralsAndNumberWordsAreDigits() {
        assertEquals(key(Level.VILLAGE, "Bajak Tiga"), key(Level.VILLAGE, "BAJAK III"));
        assertEquals(key(Level.DISTRICT, "IX Koto"), key(Level.DISTRICT, "Sembilan Koto"));
        assertEquals(key(Level.VILLAGE, "Sidodadi Batu 8"), key(Level.VILLAGE, "SIDODADI BATU DELAPAN"));
        assertEquals(key(Level.DISTRICT, "Marga Tiga"), key(Level.DISTRICT, "MARGATIGA"));
        assertNotEquals(key(Level.VILLAGE, "Mopuya Selatan I"), key(Level.VILLAGE, "Mopuya Selatan Dua"));
    }

    @Test
    void commonAbbreviationsAreSpelledOut() {
        assertEquals(key(Level.VILLAGE, "Sungai Mentaram"), key(Level.VILLAGE, "SEI MENTARAM"));
        assertEquals(key(Level.VILLAGE, "Tanjung Harapan"), key(Level.VILLAGE, "TG. HARAPAN"));
        assertEquals(key(Level.DISTRICT, "Kepulauan Ambai"), key(Level.DISTRICT, "KEP. AMBAI"));
        assertEquals(key(Level.DISTRICT, "Pulau-Pulau Kur"), key(Level.DISTRICT, "PP. KUR"));
        assertEquals(key(Level.VILLAGE, "Meunasah Keh"), key(Level.VILLAGE, "MNS KEH"));
    }

    @Test
    void provinceAbbreviationsAreSpelledOutOnlyForProvinces() {
        assertEquals(key(Level.PROVINCE, "Daerah Khusus Ibukota Jakarta"), key(Level.PROVINCE, "DKI JAKARTA"));
        assertEquals(key(Level.PROVINCE, "Daerah Istimewa Yogyakarta"), key(Level.PROVINCE, "DI YOGYAKARTA"));
        assertNotEquals(key(Level.VILLAGE, "Daerah Istimewa"), key(Level.VILLAGE, "DI"));
    }

    @Test
    void aLeadingTypeWordIsDroppedWhenANameFollows() {
        assertEquals(key(Level.VILLAGE, "Teladan"), key(Level.VILLAGE, "DESA TELADAN"));
        assertEquals(key(Level.VILLAGE, "Dusun Baru"), key(Level.VILLAGE, "KELURAHAN DUSUN BARU"));
        assertEquals(key(Level.VILLAGE, "Baro"), key(Level.VILLAGE, "Gampong Baro"));
        assertEquals(key(Level.DISTRICT, "Wamena"), key(Level.DISTRICT, "DISTRIK WAMENA"));
        assertEquals(key(Level.VILLAGE, "Kantun Poya"), key(Level.VILLAGE, "LEMBANG KANTUN POYA"));
        assertEquals("DESA", key(Level.VILLAGE, "Desa"));
    }

    private static String key(Level level, String name) {
        return NameKey.of(level, name, null);
    }
}
