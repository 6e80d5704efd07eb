package id.wilayah.api.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkAddressesTest {
    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonArrayKeepsItsOrderAndItsEmptyStrings() {
        assertEquals(List.of("Desa Neglawangi, Kec. Kertasari", "", "kebayoran baru jaksel"),
                BulkAddresses.fromJson(body("[\"Desa Neglawangi, Kec. Kertasari\", \"\", \"kebayoran baru jaksel\"]")));
    }

    @Test
    void aJsonBodyThatIsNoArrayOfStringsIsRefusedWithWhatToSend() {
        assertEquals("The body must be a JSON array of addresses, e.g. [\"Desa Neglawangi, Kec. Kertasari, Kab. "
                + "Bandung\"]", assertThrows(InvalidInputException.class,
                () -> BulkAddresses.fromJson(body("{\"q\":\"x\"}"))).getMessage());
        assertEquals("Element 2 of the array is not a string: send each address as a JSON string",
                assertThrows(InvalidInputException.class,
                        () -> BulkAddresses.fromJson(body("[\"a\", 12]"))).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> BulkAddresses.fromJson(body("[\"a\",")))
                .getMessage().startsWith("The body is not valid JSON"));
    }

    @Test
    void linesAreWholeAddressesWithTheirCommas() {
        String text = "\uFEFFJl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari\r\n\r\n"
                + "\"Sarijadi, Sukasari, Kota Bandung\"\n  kebayoran baru jaksel  \n";
        assertEquals(List.of("Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari",
                "Sarijadi, Sukasari, Kota Bandung", "kebayoran baru jaksel"), BulkAddresses.fromText(body(text)));
    }

    @Test
    void aCsvFileAnswersFromItsAddressColumnKeepingEmptyCells() {
        String text = "id,Address,city\n1,\"Desa Neglawangi, Kec. Kertasari\",Bandung\n2,,Jakarta\n"
                + "3,\"Jl. Melati 5\nSarijadi, Sukasari\",Bandung\n";
        assertEquals(List.of("Desa Neglawangi, Kec. Kertasari", "", "Jl. Melati 5\nSarijadi, Sukasari"),
                BulkAddresses.fromText(body(text)));
    }

    @Test
    void aFileWhoseOnlyColumnIsAddressMayLeaveItsCommasUnquoted() {
        assertEquals(List.of("Desa Neglawangi, Kec. Kertasari", "Sarijadi, Kota Bandung"),
                BulkAddresses.fromText(body("address\nDesa Neglawangi, Kec. Kertasari\n\"Sarijadi, Kota Bandung\"\n")));
    }

    @Test
    void aFirstLineThatIsNoCsvIsStillAnAddress() {
        assertEquals(List.of("\"Gg. Melati\" 5, Sarijadi"), BulkAddresses.fromText(body("\"Gg. Melati\" 5, Sarijadi")));
    }

    @Test
    void moreAddressesThanOneCallAnswersAre413() {
        String lines = String.join("\n", Collections.nCopies(BulkAddresses.MAX_ADDRESSES + 1, "Kertasari"));
        assertEquals(10_000, BulkAddresses.fromText(body(lines.substring(lines.indexOf('\n') + 1))).size());
        TooManyAddressesException refusal = assertThrows(TooManyAddressesException.class,
                () -> BulkAddresses.fromText(body(lines)));
        assertEquals(413, refusal.kind().status());
        assertEquals("More than 10000 addresses in one request; split the table into requests of at most 10000 "
                + "addresses", refusal.getMessage());
    }

    @Test
    void anOverlongAddressIsNamedByItsPosition() {
        String overlong = "x".repeat(ResolveInput.MAX_ADDRESS_LENGTH + 1);
        assertEquals("Address 2 is longer than 500 characters (501): send one address, without other text",
                assertThrows(InvalidInputException.class, () -> BulkAddresses.fromJson(
                        body("[\"Kertasari\", \"" + overlong + "\"]"))).getMessage());
        assertEquals(List.of("x".repeat(500)), BulkAddresses.fromText(body("x".repeat(500))));
    }
}
