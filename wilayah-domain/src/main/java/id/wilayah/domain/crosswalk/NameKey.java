package id.wilayah.domain.crosswalk;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised form of a region name under which two editions' spellings of one region compare equal: BPS writes
 * {@code KABUPATEN TOBA SAMOSIR}, {@code KOTA D U M A I}, {@code SEI MENTARAM}, {@code BAJAK III}; Kemendagri writes
 * {@code KAB. ...} (2023) or {@code Kabupaten ...} (2025), {@code Kota Dumai}, {@code Sungai Mentaram},
 * {@code Bajak Tiga}. The rules, in order (wilayah-importer/CROSSWALK-ACCURACY.md lists them with their effect):
 * <ol>
 * <li>accents dropped, upper case, apostrophes removed ({@code MA'RANG} = {@code MARANG});</li>
 * <li>regencies: the prefix {@code KABUPATEN [ADMINISTRASI]}, {@code KAB.}, {@code KOTA [ADMINISTRASI|ADM.]} becomes
 * the regency's kind ({@code KAB:} or {@code KOTA:}), so {@code KOTA BANDUNG} and {@code KABUPATEN BANDUNG} stay
 * apart; without a prefix the regency's type decides;</li>
 * <li>words split at every other non-letter, non-digit; three or more single letters in a row are one word
 * ({@code D U M A I}); roman numerals I–XII and the numbers 1–12 are written as words ({@code III}, {@code 3} and
 * {@code TIGA} alike, also inside a word: {@code MARGATIGA} = {@code MARGA 3}); common abbreviations are spelled out ({@code SEI} SUNGAI, {@code KEP} KEPULAUAN, {@code TG}/{@code TJ}
 * TANJUNG, {@code KP} KAMPUNG, {@code PP} PULAU-PULAU, {@code PERK} PERKEBUNAN, {@code MNS} MEUNASAH; for provinces {@code DKI} and
 * {@code DI});</li>
 * <li>a leading type word is dropped when a name follows: {@code DESA}, {@code KELURAHAN} and the regional words for a
 * village ({@code KAMPUNG}, {@code GAMPONG}, {@code LEMBANG}, {@code PEKON}, {@code NAGARI}) for villages, {@code KECAMATAN}, {@code DISTRIK} for districts;</li>
 * <li>the words are joined without spaces ({@code SUKA MAJU} = {@code SUKAMAJU});</li>
 * <li>pre-1972 spellings take the current form: {@code DJ}→J, {@code TJ}→C, {@code SJ}→SY, {@code NJ}→NY,
 * {@code CH}→KH, {@code OE}→U;</li>
 * <li>doubled letters are written once ({@code BALEE} = {@code BALE}, {@code MAPPI} = {@code MAPI}).</li>
 * </ol>
 * Both editions go through the same rules, so a rule can only make two different regions look alike, never two
 * spellings of one region look different; the matcher still requires a key to be unique within its scope.
 */
public final class NameKey {
    private static final Pattern REGENCY_PREFIX = Pattern.compile(
            "^(?:(KABUPATEN|KAB)\\.?(?:\\s+(?:ADMINISTRASI|ADM)\\.?)?|(KOTA)(?:\\s+(?:ADMINISTRASI|ADM)\\.?)?)\\s+");
    private static final int MIN_SPACED_LETTERS = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("I", "SATU"), Map.entry("II", "DUA"), Map.entry("III", "TIGA"), Map.entry("IV", "EMPAT"),
            Map.entry("V", "LIMA"), Map.entry("VI", "ENAM"), Map.entry("VII", "TUJUH"), Map.entry("VIII", "DELAPAN"),
            Map.entry("IX", "SEMBILAN"), Map.entry("X", "SEPULUH"), Map.entry("XI", "SEBELAS"),
            Map.entry("XII", "DUABELAS"),
            Map.entry("1", "SATU"), Map.entry("2", "DUA"), Map.entry("3", "TIGA"), Map.entry("4", "EMPAT"),
            Map.entry("5", "LIMA"), Map.entry("6", "ENAM"), Map.entry("7", "TUJUH"), Map.entry("8", "DELAPAN"),
            Map.entry("9", "SEMBILAN"), Map.entry("10", "SEPULUH"), Map.entry("11", "SEBELAS"),
            Map.entry("12", "DUABELAS"));
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "SEI", "SUNGAI", "KEP", "KEPULAUAN", "TG", "TANJUNG", "TJ", "TANJUNG", "KP", "KAMPUNG",
            "PP", "PULAUPULAU", "PERK", "PERKEBUNAN", "DS", "DESA", "KEL", "KELURAHAN", "MNS", "MEUNASAH");
    private static final Map<String, String> PROVINCE_ABBREVIATIONS = Map.of(
            "DKI", "DAERAHKHUSUSIBUKOTA", "DI", "DAERAHISTIMEWA");
    private static final Set<String> VILLAGE_TYPES = Set.of("DESA", "KELURAHAN", "KAMPUNG", "GAMPONG", "LEMBANG", "PEKON",
            "NAGARI");
    private static final Set<String> DISTRICT_TYPES = Set.of("KECAMATAN", "DISTRIK");
    private static final String[][] OLD_SPELLINGS = {
        {"DJ", "J"}, {"TJ", "C"}, {"SJ", "SY"}, {"NJ", "NY"}, {"CH", "KH"}, {"OE", "U"}};

    private NameKey() {
    }

    public static String of(Region region) {
        String type = region instanceof Regency regency ? regency.type() : null;
        return of(levelOf(region), region.name(), type);
    }

    /** {@code regencyType} ({@code Kabupaten}/{@code Kota}) is used only for a regency name without prefix. */
    public static String of(Level level, String name, String regencyType) {
        String ascii = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("");
        String plain = ascii.toUpperCase(Locale.ROOT).strip();
        String kind = "";
        if (level == Level.REGENCY) {
            var prefix = REGENCY_PREFIX.matcher(plain);
            if (prefix.find()) {
                kind = prefix.group(1) != null ? "KAB:" : "KOTA:";
                plain = plain.substring(prefix.end());
            } else if (regencyType != null) {
                kind = regencyType.toUpperCase(Locale.ROOT).startsWith("KOTA") ? "KOTA:" : "KAB:";
            }
        }
        List<String> words = withSpacedLettersJoined(words(plain));
        for (int i = 0; i < words.size(); i++) {
            words.set(i, spelledOut(level, words.get(i)));
        }
        if (words.size() > 1 && typeWords(level).contains(words.get(0))) {
            words.remove(0);
        }
        String joined = String.join("", words);
        for (String[] spelling : OLD_SPELLINGS) {
            joined = joined.replace(spelling[0], spelling[1]);
        }
        return kind + withoutDoubledLetters(joined);
    }

    /** The runs of A-Z and 0-9, apostrophes left out; everything else separates. */
    private static List<String> words(String upper) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(upper.length());
        for (int i = 0; i <= upper.length(); i++) {
            char c = i < upper.length() ? upper.charAt(i) : ' ';
            if (c == '\'' || c == '`' || c == '\u2018' || c == '\u2019') {
                continue;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** {@code D U M A I} is one word, not the numeral I after four letters. */
    private static List<String> withSpacedLettersJoined(List<String> words) {
        List<String> joined = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && words.get(end).length() == 1 && Character.isLetter(words.get(end).charAt(0))) {
                end++;
            }
            if (end - i >= MIN_SPACED_LETTERS) {
                joined.add(String.join("", words.subList(i, end)));
                i = end;
            } else {
                joined.add(words.get(i++));
            }
        }
        return joined;
    }

    private static String withoutDoubledLetters(String joined) {
        StringBuilder single = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (i == 0 || c != joined.charAt(i - 1) || c < 'A' || c > 'Z') {
                single.append(c);
            }
        }
        return single.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String spelledOut(Level level, String word) {
        String number = NUMBERS.get(word);
        if (number != null) {
            return number;
        }
        if (level == Level.PROVINCE && PROVINCE_ABBREVIATIONS.containsKey(word)) {
            return PROVINCE_ABBREVIATIONS.get(word);
        }
        return ABBREVIATIONS.getOrDefault(word, word);
    }

    private static Set<String> typeWords(Level level) {
        return switch (level) {
            case VILLAGE -> VILLAGE_TYPES;
            case DISTRICT -> DISTRICT_TYPES;
            default -> Set.of();
        };
    }

    static Level levelOf(Region region) {
        if (region instanceof Province) {
            return Level.PROVINCE;
        }
        if (region instanceof Regency) {
            return Level.REGENCY;
        }
        return region instanceof District ? Level.DISTRICT : Level.VILLAGE;
    }
}
