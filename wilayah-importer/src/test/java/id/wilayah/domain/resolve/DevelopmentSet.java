package id.wilayah.domain.resolve;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes labelled addresses for randomly drawn villages of a snapshot in every {@link AddressStyle} (a renamed one by
 * a former name it is given), from a fixed seed so the set is the same on every run. Streets, hamlets and estates are drawn from common Indonesian names, many
 * of which are also names of villages elsewhere, as on real labels.
 */
final class DevelopmentSet {
    private static final String[] STREETS = {"Merdeka", "Sudirman", "Jend. Sudirman", "Ahmad Yani", "Diponegoro",
        "Gatot Subroto", "Pahlawan", "Veteran", "Kartini", "Raya", "Imam Bonjol", "Gajah Mada", "Hayam Wuruk",
        "Pemuda", "Sukamaju", "Mawar", "Melati", "Kenanga", "Masjid", "Pasar Baru", "Cempaka", "Flamboyan",
        "Raya Bogor", "Kebon Jeruk", "Mangga Besar", "Siliwangi", "Teuku Umar", "Pattimura", "Sisingamangaraja"};
    private static final String[] HAMLETS = {"Krajan", "Karang Anyar", "Sukamulya", "Tegal Sari", "Cibodas",
        "Mekarsari", "Sidomulyo", "Kampung Baru"};
    private static final String[] ESTATES = {"Griya Asri", "Bumi Indah", "Taman Sari", "Permata Hijau",
        "Villa Mutiara"};

    private final RegionSnapshot snapshot;
    private final Random random;
    private final Map<String, List<Village>> villagesByKey = new HashMap<>();
    private final Map<String, FormerName> formerNames = new HashMap<>();

    DevelopmentSet(RegionSnapshot snapshot, long seed, List<FormerName> formerNames) {
        this.snapshot = snapshot;
        this.random = new Random(seed);
        for (Village village : snapshot.villages().all()) {
            villagesByKey.computeIfAbsent(AddressText.key(village.name()), k -> new ArrayList<>()).add(village);
        }
        for (FormerName name : formerNames) {
            Village village = snapshot.villages().find(name.code()).orElse(null);
            if (name.level() == Level.VILLAGE && village != null
                    && !AddressText.key(name.name()).equals(AddressText.key(village.name()))
                    && this.formerNames.putIfAbsent(name.code(), name) == null) {
                villagesByKey.computeIfAbsent(AddressText.key(name.name()), k -> new ArrayList<>()).add(village);
            }
        }
    }

    List<LabelledAddress> generate(int perStyle) {
        List<LabelledAddress> set = new ArrayList<>();
        List<Village> villages = snapshot.villages().all();
        List<Village> jakarta = villages.stream().filter(village -> village.code().startsWith("31")
                && !village.code().startsWith("3101")).toList();
        List<Village> renamed = villages.stream().filter(village -> formerNames.containsKey(village.code())).toList();
        for (AddressStyle style : AddressStyle.values()) {
            for (int i = 0; i < perStyle; i++) {
                List<Village> from = switch (style) {
                    case JAKARTA_SHORT -> jakarta;
                    case FORMER_NAME -> renamed;
                    default -> villages;
                };
                set.add(write(style, from.get(random.nextInt(from.size()))));
            }
        }
        return set;
    }

    private LabelledAddress write(AddressStyle style, Village village) {
        District district = snapshot.districts().find(village.districtCode()).orElseThrow();
        Regency regency = snapshot.regencies().find(district.regencyCode()).orElseThrow();
        Province province = snapshot.provinces().find(regency.provinceCode()).orElseThrow();
        String postal = village.postalCode() == null ? "" : village.postalCode().split(",")[0].strip();
        String v = title(village.name());
        String d = title(district.name());
        String r = title(regency.name());
        String rCore = title(ShortForms.core(AddressText.key(regency.name())));
        String p = title(province.name());
        String villagePrefix = "Kelurahan".equalsIgnoreCase(village.type()) ? "Kel. " : "Desa ";
        String kabKota = AddressResolver.regencyType(regency).equals("KOTA") ? "Kota " : "Kab. ";
        return switch (style) {
            case SHIPPING_LABEL -> labelled(style, join(random.nextBoolean() ? "\n" : ", ",
                    street() + extras(), villagePrefix + v, "Kec. " + d, kabKota + rCore, p + " " + postal),
                    village, true, true, true);
            case FORM_FIELDS -> labelled(style, String.join(", ", v, d, r, p), village, true, true, false);
            case CRM_CAPITALS -> labelled(style, (street() + " RT " + number(3) + " RW " + number(3) + " KEL " + v
                    + " KEC " + d + " " + kabKota.strip() + " " + rCore + " " + p).toUpperCase(Locale.ROOT),
                    village, true, true, false);
            case LOWER_NO_PREFIX -> labelled(style, String.join(" ", v, d, rCore, p).toLowerCase(Locale.ROOT),
                    village, true, true, false);
            case REVERSED -> labelled(style, String.join(", ", p + " " + postal, kabKota + rCore, "Kec. " + d, v,
                    street()), village, true, true, true);
            case LEVELS_MISSING -> random.nextBoolean()
                    ? labelled(style, String.join(", ", street(), villagePrefix + v, kabKota + rCore, p), village,
                    false, true, false)
                    : labelled(style, String.join(", ", villagePrefix + v, "Kec. " + d), village, true, false, false);
            case VILLAGE_POSTAL -> labelled(style, v + " " + postal, village, false, false, true);
            case TYPOS -> random.nextBoolean()
                    ? labelled(style, join(", ", street(), villagePrefix + typo(v), "Kec. " + d, kabKota + rCore, p),
                    village, true, true, false)
                    : labelled(style, join(", ", street(), villagePrefix + v, "Kec. " + typo(d), kabKota + rCore, p),
                    village, true, true, false);
            case JAKARTA_SHORT -> labelled(style, join(", ", street() + extras(), "Kel. " + v, "Kec. " + d,
                    jakartaShortName(regency), random.nextBoolean() ? "DKI Jakarta" : "Jakarta " + postal),
                    village, true, true, false);
            case OLD_SPELLING -> labelled(style, String.join(", ", "Ds. " + old(v), "Kec. " + old(d),
                    kabKota + old(rCore), old(p)), village, true, true, false);
            case FORMER_NAME -> labelled(style, join(", ", street(),
                    villagePrefix + title(formerNames.get(village.code()).name()), "Kec. " + d, kabKota + rCore, p),
                    formerNames.get(village.code()).name(), village, true, true, false);
        };
    }

    private LabelledAddress labelled(AddressStyle style, String text, Village village, boolean district,
                                     boolean regency, boolean postal) {
        return labelled(style, text, village.name(), village, district, regency, postal);
    }

    /**
     * Whether the text, naming the levels flagged and the village as {@code name}, leaves only this village of that
     * name, today's or former.
     */
    private LabelledAddress labelled(AddressStyle style, String text, String name, Village village, boolean district,
                                     boolean regency, boolean postal) {
        String postalCode = village.postalCode() == null ? "" : village.postalCode().split(",")[0].strip();
        String districtCode = village.districtCode();
        String regencyCode = snapshot.districts().find(districtCode).orElseThrow().regencyCode();
        long fitting = villagesByKey.get(AddressText.key(name)).stream()
                .filter(other -> !district || other.districtCode().equals(districtCode))
                .filter(other -> !regency || snapshot.districts().find(other.districtCode()).orElseThrow()
                        .regencyCode().equals(regencyCode))
                .filter(other -> !postal || (other.postalCode() != null && other.postalCode().contains(postalCode)))
                .count();
        return new LabelledAddress(style, text, village, fitting == 1);
    }

    private String street() {
        return (random.nextBoolean() ? "Jl. " : "Jalan ") + STREETS[random.nextInt(STREETS.length)] + " No. "
                + (1 + random.nextInt(200));
    }

    private String extras() {
        return switch (random.nextInt(4)) {
            case 0 -> " RT " + number(3) + "/RW " + number(3);
            case 1 -> ", Dusun " + HAMLETS[random.nextInt(HAMLETS.length)];
            case 2 -> ", Perum " + ESTATES[random.nextInt(ESTATES.length)] + " Blok " + (char) ('A' + random.nextInt(6))
                    + (1 + random.nextInt(20));
            default -> "";
        };
    }

    private String number(int digits) {
        return String.format("%0" + digits + "d", 1 + random.nextInt(15));
    }

    /** One edit (substitution, deletion or swap of neighbours) inside a name long enough to tolerate it. */
    private String typo(String name) {
        if (name.length() < 5) {
            return name;
        }
        char[] chars = name.toCharArray();
        int at = 1 + random.nextInt(chars.length - 2);
        if (!Character.isLetter(chars[at]) || !Character.isLetter(chars[at + 1])) {
            return name;
        }
        return switch (random.nextInt(3)) {
            case 0 -> {
                chars[at] = chars[at] == 'a' ? 'e' : 'a';
                yield new String(chars);
            }
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            default -> {
                char swap = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = swap;
                yield new String(chars);
            }
        };
    }

    private String jakartaShortName(Regency regency) {
        String core = ShortForms.core(AddressText.key(regency.name()));
        return switch (random.nextInt(3)) {
            case 0 -> "Jak" + switch (core) {
                case "JAKARTA SELATAN" -> "sel";
                case "JAKARTA PUSAT" -> "pus";
                case "JAKARTA UTARA" -> "ut";
                case "JAKARTA BARAT" -> "bar";
                default -> "tim";
            };
            case 1 -> "Kota Adm. " + title(core);
            default -> title(core);
        };
    }

    private static String old(String name) {
        StringBuilder old = new StringBuilder();
        for (char c : name.toCharArray()) {
            old.append(switch (c) {
                case 'J' -> "Dj";
                case 'j' -> "dj";
                case 'C' -> "Tj";
                case 'c' -> "tj";
                case 'u' -> "oe";
                default -> String.valueOf(c);
            });
        }
        return old.toString();
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, parts);
    }

    private static String title(String name) {
        StringBuilder titled = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            titled.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return titled.toString();
    }
}
