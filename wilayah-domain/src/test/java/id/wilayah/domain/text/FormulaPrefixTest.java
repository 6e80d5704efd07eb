package id.wilayah.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaPrefixTest {
    @Test
    void theSixOwaspPrefixesAreNeutralisedWithAnApostrophe() {
        for (String cell : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertTrue(FormulaPrefix.startsWithOne(cell), cell);
            assertEquals("'" + cell, FormulaPrefix.neutralised(cell));
        }
    }

    @Test
    void otherCellsAreLeftAlone() {
        for (String cell : new String[] {"KOTA BANDUNG", "A=B", "1-2", "", " =x"}) {
            assertFalse(FormulaPrefix.startsWithOne(cell), cell);
            assertEquals(cell, FormulaPrefix.neutralised(cell));
        }
        assertEquals(null, FormulaPrefix.neutralised(null));
    }
}
