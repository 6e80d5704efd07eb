package id.wilayah.domain.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressTextTest {

    @Test
    void caseDiacriticsAndPunctuationDoNotMatter() {
        assertEquals(AddressText.key("KABUPATEN BANDUNG"), AddressText.key("kabupaten  bandung."));
        assertEquals(AddressText.key("PASI KUALA BAU"), AddressText.key("Pasi Kuala Ba'u"));
        assertEquals("SIURAI URAI", AddressText.key("Siurai-Urai"));
        assertEquals("CIAMIS", AddressText.key("Ciamís"));
    }

    @Test
    void oldSpellingsReadAsToday() {
        assertEquals(AddressText.key("JAKARTA"), AddressText.key("Djakarta"));
        assertEquals(AddressText.key("CIREBON"), AddressText.key("Tjirebon"));
        assertEquals(AddressText.key("SURABAYA"), AddressText.key("Soerabaya"));
        assertEquals(AddressText.key("BANYUWANGI"), AddressText.key("Banjoewangi"));
    }

    @Test
    void labelAbbreviationsAreSpelledOut() {
        assertEquals("TANJUNG PRIOK", AddressText.key("Tg. Priok"));
        assertEquals("KEPULAUAN SERIBU", AddressText.key("Kep. Seribu"));
    }

    @Test
    void segmentsEndAtCommasAndLineBreaksButNotAtSpaces() {
        AddressText text = AddressText.of("Desa Neglawangi, Kec. Kertasari\nKab. Bandung");
        assertEquals(0, text.word(1).segment());
        assertEquals(1, text.word(2).segment());
        assertEquals(2, text.word(5).segment());
        assertEquals("Kec. Kertasari", text.quote(2, 4));
    }
}
