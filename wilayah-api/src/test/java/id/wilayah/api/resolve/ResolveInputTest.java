package id.wilayah.api.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResolveInputTest {
    @Test
    void aMissingOrBlankQueryIsRefusedWithAnExample() {
        for (String missing : new String[] {null, "", "  \n "}) {
            InvalidInputException refusal = assertThrows(InvalidInputException.class,
                    () -> ResolveInput.query(missing));
            assertEquals(400, refusal.kind().status());
            assertEquals("Query parameter q is required: the address to resolve, e.g. q=Desa Neglawangi, Kec. "
                    + "Kertasari, Kab. Bandung", refusal.getMessage());
        }
    }

    @Test
    void aQueryOfAtMost500CharactersIsTakenAsWritten() {
        String longest = " " + "a".repeat(498) + "\n";
        assertEquals(longest, ResolveInput.query(longest));
        assertEquals("Query parameter q is longer than 500 characters (501): send one address, without other text",
                assertThrows(InvalidInputException.class, () -> ResolveInput.query(longest + "b")).getMessage());
    }
}
