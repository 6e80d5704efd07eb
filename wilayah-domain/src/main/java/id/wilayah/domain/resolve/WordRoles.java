package id.wilayah.domain.resolve;

import id.wilayah.domain.region.Level;
import java.util.Set;

/**
 * What each word of an address is before any name is looked up: part of a level's prefix ({@code Kec.}, {@code Kota
 * Adm.}), a postal code, part of what is no region at all (street, house number, RT/RW, hamlet, housing estate, block)
 * or a word that may belong to a region's name. Streets, hamlets and estates often carry the names of villages
 * elsewhere (Jl. Merdeka, Dusun Sukamaju), so their words must not be read as regions.
 */
final class WordRoles {
    enum Role { NAME, PREFIX, REST, POSTAL }

    /** A level prefix that ends just before a name: the level it announces, and for a regency Kabupaten or Kota. */
    record Label(Level level, String regencyType, int from) {
    }

    private static final Set<String> STREETS = Set.of("JL", "JLN", "JALAN", "GG", "GANG", "LORONG", "LR");
    private static final Set<String> NUMBERS = Set.of("NO", "NOMOR", "NOMER", "NMR", "RT", "RW", "BLOK", "BLK", "KAV",
            "KAVLING", "LT", "LANTAI");
    private static final Set<String> PLACES = Set.of("DUSUN", "DSN", "DUKUH", "DK", "KP", "LINGKUNGAN", "LINGK",
            "PERUMAHAN", "PERUM", "PERUMNAS", "KOMPLEK", "KOMPLEKS", "KOMP", "KOMPL", "CLUSTER", "APARTEMEN",
            "APARTEMENT", "RUKO", "GEDUNG", "WISMA", "ASRAMA");
    private static final Set<String> NOISE = Set.of("INDONESIA", "KODE", "KODEPOS", "POS", "KD");
    private static final Set<String> PROVINCE = Set.of("PROVINSI", "PROPINSI", "PROV", "PROP");
    private static final Set<String> REGENCY = Set.of("KABUPATEN", "KAB", "KOTAMADYA", "KODYA", "KOTA", "KOTAMADIA");
    private static final Set<String> REGENCY_QUALIFIERS = Set.of("ADM", "ADMINISTRASI", "MADYA");
    private static final Set<String> DISTRICT = Set.of("KECAMATAN", "KEC", "KEKAMATAN", "DISTRIK");
    private static final Set<String> VILLAGE = Set.of("KELURAHAN", "KEL", "DESA", "DS", "KALURAHAN");

    private final AddressText text;
    private final Role[] roles;
    private final Label[] labels;

    WordRoles(AddressText text) {
        this.text = text;
        this.roles = new Role[text.size()];
        this.labels = new Label[text.size() + 1];
        boolean segmented = text.size() > 0 && text.word(text.size() - 1).segment() > 0;
        int at = 0;
        while (at < text.size()) {
            at = classify(at, segmented);
        }
    }

    /** A marker word right after a level's prefix ({@code Desa Dusun Tua}) is part of the name it announces. */
    private int classify(int at, boolean segmented) {
        String word = text.word(at).folded();
        int end = prefixEnd(at);
        if (end > at) {
            for (int i = at; i < end; i++) {
                roles[i] = Role.PREFIX;
            }
            labels[end] = new Label(prefixLevel(word), regencyType(word), at);
            return end;
        }
        if (labels[at] != null && !NUMBERS.contains(word) && !isCodeLike(word)) {
            roles[at] = Role.NAME;
            return at + 1;
        }
        if (text.word(at).isPostalCode() && (at == 0 || !NUMBERS.contains(text.word(at - 1).folded()))) {
            roles[at] = Role.POSTAL;
            return at + 1;
        }
        if (STREETS.contains(word)) {
            return restUntilNumber(at, segmented ? Integer.MAX_VALUE : 4);
        }
        if (PLACES.contains(word)) {
            return restUntilNumber(at, segmented ? Integer.MAX_VALUE : 2);
        }
        if (NUMBERS.contains(word) || isCodeLike(word)) {
            roles[at] = Role.REST;
            int next = at + 1;
            while (next < text.size() && sameSegment(at, next) && (text.word(next).isNumber()
                    || isCodeLike(text.word(next).folded()) || NUMBERS.contains(text.word(next).folded())
                    || text.word(next).folded().length() == 1)) {
                roles[next++] = Role.REST;
            }
            return next;
        }
        roles[at] = NOISE.contains(word) ? Role.REST : Role.NAME;
        return at + 1;
    }

    /**
     * Marks the run a street or place marker opens as rest: to the end of its segment, or in text without segments
     * to its house number, a prefix, a postal code, or at most {@code maxWords} words.
     */
    private int restUntilNumber(int at, int maxWords) {
        roles[at] = Role.REST;
        int next = at + 1;
        int words = 0;
        while (next < text.size() && sameSegment(at, next) && prefixEnd(next) == next
                && !text.word(next).isPostalCode() && !NUMBERS.contains(text.word(next).folded())) {
            boolean number = text.word(next).isNumber();
            if (!number && ++words > maxWords) {
                break;
            }
            roles[next++] = Role.REST;
            if (number && maxWords != Integer.MAX_VALUE) {
                break;
            }
        }
        return next;
    }

    /** A house number with letters ({@code 12A}), {@code RT01} or similar: digits in it, yet not a postal code. */
    private static boolean isCodeLike(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private boolean sameSegment(int a, int b) {
        return text.word(a).segment() == text.word(b).segment();
    }

    /** The index after a prefix phrase starting at {@code at}, or {@code at} when none starts there. */
    private int prefixEnd(int at) {
        String word = text.word(at).folded();
        if (prefixLevel(word) == null) {
            return at;
        }
        int end = at + 1;
        if (prefixLevel(word) == Level.REGENCY) {
            while (end < text.size() && REGENCY_QUALIFIERS.contains(text.word(end).folded())) {
                end++;
            }
        }
        return end < text.size() ? end : at;
    }

    private static Level prefixLevel(String word) {
        if (PROVINCE.contains(word)) {
            return Level.PROVINCE;
        }
        if (REGENCY.contains(word)) {
            return Level.REGENCY;
        }
        if (DISTRICT.contains(word)) {
            return Level.DISTRICT;
        }
        return VILLAGE.contains(word) ? Level.VILLAGE : null;
    }

    private static String regencyType(String word) {
        if (!REGENCY.contains(word)) {
            return null;
        }
        return word.startsWith("KAB") ? "KABUPATEN" : "KOTA";
    }

    Role role(int word) {
        return roles[word];
    }

    /** Whether a name may open with word {@code at} though it is no name word: a prefix, a hamlet or building word. */
    boolean mayOpenName(int at) {
        return roles[at] == Role.PREFIX || roles[at] == Role.REST && PLACES.contains(text.word(at).folded());
    }

    /** The prefix announcing a name that starts at word {@code at}, or null. */
    Label labelBefore(int at) {
        return labels[at];
    }
}
