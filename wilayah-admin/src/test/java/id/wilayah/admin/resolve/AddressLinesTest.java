package id.wilayah.admin.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressLinesTest {
    @Test
    void oneAddressALineKeepsItsCommasAndSkipsBlankLines() {
        assertEquals(List.of("Desa Neglawangi, Kec. Kertasari, Kab. Bandung", "Jaksel", "Kebayoran Baru, \"Blok M\""),
                read("\uFEFFDesa Neglawangi, Kec. Kertasari, Kab. Bandung\r\n\n  Jaksel  \n"
                        + "\"Kebayoran Baru, \"\"Blok M\"\"\"\n"));
    }

    @Test
    void aCsvWithAnAddressColumnIsReadByThatColumnQuotedLineBreaksIncluded() {
        assertEquals(List.of("Jl. Merdeka 5, Neglawangi", "Desa Sukapura\nKertasari"),
                read("id,Address ,note\n1,\"Jl. Merdeka 5, Neglawangi\",x\n\n2,\"Desa Sukapura\nKertasari\",y\n"));
    }

    @Test
    void aFirstLineThatMerelyMentionsAnAddressIsAnAddress() {
        assertEquals(List.of("Address: Neglawangi, Kertasari"), read("Address: Neglawangi, Kertasari\n"));
    }

    @Test
    void aCsvLineWithoutTheAddressColumnIsRejectedWithItsLineNumber() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("id,address\n1,Neglawangi\n2\n"));
        assertEquals("Line 3 has 1 columns; the address is in column 2.", refused.getMessage());
    }

    @Test
    void brokenQuotingIsRejectedWithItsLineNumber() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("address\nNeglawangi\n\"Sukapura\"x\n"));
        assertTrue(refused.getMessage().startsWith("Line 3 is not well-formed CSV"), refused.getMessage());
    }

    @Test
    void nothingButBlankLinesIsNoInput() {
        assertThrows(InvalidInputException.class, () -> read("\n  \n"));
        assertEquals("The CSV file has an address column but no addresses.",
                assertThrows(InvalidInputException.class, () -> read("address\n\n")).getMessage());
    }

    @Test
    void atMostTenThousandAddressesAreTaken() {
        assertEquals(AddressLines.MAX_ADDRESSES, read("Neglawangi\n".repeat(AddressLines.MAX_ADDRESSES)).size());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("Neglawangi\n".repeat(AddressLines.MAX_ADDRESSES + 1)));
        assertEquals("More than 10000 addresses: at most 10000 are resolved at once, so split the list.",
                refused.getMessage());
    }

    private static List<String> read(String content) {
        return AddressLines.read(content.getBytes(StandardCharsets.UTF_8));
    }
}
