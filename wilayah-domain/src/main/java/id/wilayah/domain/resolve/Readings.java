package id.wilayah.domain.resolve;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import id.wilayah.domain.resolve.AddressText.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The readings of one address: every run of words that names a region of some level, and every consistent hierarchy
 * those names can be read as, scored and turned into candidates. See the package documentation for the method.
 */
final class Readings {
    private static final Level[] LEVELS = Level.values();
    /** What naming a level is worth; a village name is rarest evidence, but shared by the most regions. */
    private static final double[] WEIGHT = {1.5, 2.5, 3.0, 4.0};
    private static final double LABEL_BONUS = 0.5;
    private static final double POSTAL_MATCH = 2.5;
    private static final double FORMER_NAME = 0.3;
    /** How sharply score differences become shares of the confidence. */
    private static final double SHARPNESS = 2.0;
    private static final int MAX_WORDS = 8;
    /** Readings below this are listed nowhere: they are what any word of the text could be. */
    private static final double MIN_CONFIDENCE = 0.01;

    private final AddressResolver resolver;
    private final AddressText text;
    private final WordRoles roles;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Map<Integer, List<Mention>>> byRegion = new ArrayList<>();
    private final boolean[] covered;
    private final List<Integer> postalWords = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();

    /**
     * A run of words that may be a name: where it starts and ends, its key, the prefix before it, and whether it opens
     * with a word that is a name only as part of a whole name.
     */
    private record Run(int from, int to, String key, WordRoles.Label label, boolean exactOnly) {
    }

    Readings(AddressResolver resolver, AddressText text) {
        this.resolver = resolver;
        this.text = text;
        this.roles = new WordRoles(text);
        this.covered = new boolean[text.size()];
        for (int i = 0; i < LEVELS.length; i++) {
            byRegion.add(new HashMap<>());
        }
        for (int word = 0; word < text.size(); word++) {
            if (roles.role(word) == WordRoles.Role.POSTAL) {
                postalWords.add(word);
            }
        }
        collectRuns();
        findExact();
        findNear();
    }

    /**
     * Runs of name words within a segment. A run may also go on through a prefix or a hamlet or building word:
     * {@code Cibarusah Kota} is the name of a village, and {@code Silina Kota} may be a typo of another. A run may
     * even open with such a word ({@code Kota Baru}, {@code Gedung Biara}), but then for the exact lookup only: a
     * prefix near the start of some name is far likelier to label the words after it than to open a misspelt name.
     */
    private void collectRuns() {
        for (int from = 0; from < text.size(); from++) {
            WordRoles.Role role = roles.role(from);
            if (role != WordRoles.Role.NAME && !roles.mayOpenName(from)) {
                continue;
            }
            boolean plain = role == WordRoles.Role.NAME;
            StringBuilder key = new StringBuilder(text.word(from).folded());
            for (int to = from + 1; to <= Math.min(text.size(), from + MAX_WORDS); to++) {
                if (to > from + 1) {
                    Word last = text.word(to - 1);
                    if (last.segment() != text.word(from).segment()
                            || roles.role(to - 1) == WordRoles.Role.POSTAL) {
                        break;
                    }
                    plain &= roles.role(to - 1) == WordRoles.Role.NAME;
                    key.append(' ').append(last.folded());
                }
                if (to == from + 1 && !plain) {
                    continue;
                }
                runs.add(new Run(from, to, key.toString(), roles.labelBefore(from),
                        roles.role(from) != WordRoles.Role.NAME));
            }
        }
    }

    private void findExact() {
        for (Run run : runs) {
            for (Level level : LEVELS) {
                NameTable<? extends Region> table = resolver.table(level);
                for (int ordinal : table.named(run.key())) {
                    if (add(level, ordinal, run, 0, null)) {
                        Arrays.fill(covered, run.from(), run.to(), true);
                    }
                }
                for (FormerName former : table.formerlyNamed(run.key())) {
                    if (add(level, table.ordinalOf(former.code()), run, 0, former)) {
                        Arrays.fill(covered, run.from(), run.to(), true);
                    }
                }
            }
        }
    }

    /**
     * Typos are looked for in provinces and regencies only where no exact name was found, and in districts and
     * villages only under the regions the text names (or the postal code points to): a whole-country search would
     * find some near name for almost any word, and the hierarchy is what makes a near name believable. Under the named
     * regions even a word that is exactly some village elsewhere may be a typo of one here.
     */
    private void findNear() {
        List<Run> open = runs.stream().filter(run -> !run.exactOnly()).toList();
        List<Run> unexplained = open.stream().filter(this::hasUncoveredWord).toList();
        near(unexplained, Level.PROVINCE, resolver.table(Level.PROVINCE).all());
        near(unexplained, Level.REGENCY, resolver.table(Level.REGENCY).all());
        int[] regencies = mentioned(Level.REGENCY);
        if (regencies.length == 0) {
            regencies = childrenOf(Level.PROVINCE, mentioned(Level.PROVINCE));
        }
        int[] districtScope = childrenOf(Level.REGENCY, regencies);
        near(open, Level.DISTRICT, districtScope);
        int[] districts = mentioned(Level.DISTRICT);
        int[] villageScope = districts.length > 0 ? childrenOf(Level.DISTRICT, districts)
                : childrenOf(Level.DISTRICT, districtScope);
        IntStream postal = postalWords.stream()
                .flatMapToInt(word -> IntStream.of(resolver.villagesWithPostalCode(text.word(word).folded())));
        near(open, Level.VILLAGE, IntStream.concat(IntStream.of(villageScope), postal).distinct().toArray());
    }

    private boolean hasUncoveredWord(Run run) {
        for (int word = run.from(); word < run.to(); word++) {
            if (!covered[word]) {
                return true;
            }
        }
        return false;
    }

    private void near(List<Run> open, Level level, int[] scope) {
        if (scope.length == 0) {
            return;
        }
        for (Run run : open) {
            resolver.table(level).near(run.key(), scope, (ordinal, typos) -> add(level, ordinal, run, typos, null));
        }
    }

    private int[] mentioned(Level level) {
        return byRegion.get(level.ordinal()).keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] childrenOf(Level level, int[] ordinals) {
        NameTable<? extends Region> parents = resolver.table(level);
        Level childLevel = LEVELS[level.ordinal() + 1];
        NameTable<? extends Region> children = resolver.table(childLevel);
        return IntStream.of(ordinals)
                .flatMap(ordinal -> IntStream.of(children.children(parents.region(ordinal).code())))
                .distinct().toArray();
    }

    private boolean add(Level level, int ordinal, Run run, int typos, FormerName former) {
        WordRoles.Label label = run.label();
        if (label != null && label.level() != level) {
            return false;
        }
        if (label != null && level == Level.REGENCY && label.regencyType() != null
                && !label.regencyType().equals(AddressResolver.regencyType(
                        (Regency) resolver.table(level).region(ordinal)))) {
            return false;
        }
        Mention mention = new Mention(level, ordinal, run.from(), run.to(), label == null ? run.from() : label.from(),
                typos, label != null, former);
        mentions.add(mention);
        byRegion.get(level.ordinal()).computeIfAbsent(ordinal, o -> new ArrayList<>()).add(mention);
        return true;
    }

    Resolution resolution(int limit) {
        Map<String, Chain> best = new HashMap<>();
        for (Mention anchor : mentions) {
            Chain chain = chainFrom(anchor);
            if (chain != null) {
                best.merge(anchor.level().name() + anchor.ordinal(), chain, (a, b) -> a.score >= b.score ? a : b);
            }
        }
        List<Chain> chains = withoutAncestors(new ArrayList<>(best.values()));
        if (chains.isEmpty()) {
            return new Resolution(text.written(), List.of(), rest(null));
        }
        double top = chains.stream().mapToDouble(chain -> chain.score).max().orElse(0);
        double total = chains.stream().mapToDouble(chain -> Math.exp(SHARPNESS * (chain.score - top))).sum();
        for (Chain chain : chains) {
            double share = Math.exp(SHARPNESS * (chain.score - top)) / total;
            long equal = chains.stream().filter(other -> Math.abs(other.score - chain.score) < 0.5).count();
            if (equal > 1) {
                chain.notes.add("the text fits " + equal + " regions about equally well");
            }
            chain.confidence = Math.round(Math.max(0, chain.cap) * share * 100) / 100.0;
        }
        chains.sort(Comparator.comparingDouble((Chain chain) -> -chain.confidence)
                .thenComparingDouble(chain -> -chain.score).thenComparing(chain -> chain.region().code()));
        List<AddressCandidate> candidates = chains.stream().filter(chain -> chain.confidence >= MIN_CONFIDENCE)
                .limit(limit).map(this::candidate).toList();
        return new Resolution(text.written(), candidates, rest(chains.get(0)));
    }

    /** Drops a reading that stops at a region when another one goes on below it: that one says more. */
    private List<Chain> withoutAncestors(List<Chain> chains) {
        Set<String> passedThrough = new HashSet<>();
        for (Chain chain : chains) {
            for (int level = 0; level < chain.anchor.level().ordinal(); level++) {
                passedThrough.add(level + ":" + chain.ordinals[level]);
            }
        }
        chains.removeIf(chain -> passedThrough.contains(chain.anchor.level().ordinal() + ":" + chain.anchor.ordinal()));
        return chains;
    }

    private Chain chainFrom(Mention anchor) {
        int depth = anchor.level().ordinal();
        int[] ordinals = new int[LEVELS.length];
        Arrays.fill(ordinals, -1);
        ordinals[depth] = anchor.ordinal();
        for (int level = depth; level > 0; level--) {
            if (ordinals[level] < 0) {
                return null;
            }
            String parentCode = resolver.table(LEVELS[level]).region(ordinals[level]).parentCode();
            ordinals[level - 1] = resolver.table(LEVELS[level - 1]).ordinalOf(parentCode);
        }
        Mention[] used = new Mention[LEVELS.length];
        used[depth] = anchor;
        double support = bestSupport(ordinals, used, depth - 1);
        Chain chain = new Chain(anchor, ordinals, used);
        chain.score = credit(anchor) + support;
        weighPostalCode(chain);
        weighLeftovers(chain);
        weighConflicts(chain);
        weighEvidence(chain);
        return chain;
    }

    /** Picks, from the levels above, the mentions of the chain's regions that add most without sharing words. */
    private double bestSupport(int[] ordinals, Mention[] used, int level) {
        if (level < 0) {
            return 0;
        }
        Mention[] bestUsed = used.clone();
        double best = bestSupport(ordinals, bestUsed, level - 1);
        List<Mention> options = ordinals[level] < 0 ? List.of()
                : byRegion.get(level).getOrDefault(ordinals[level], List.of());
        for (Mention option : options) {
            if (overlapsAny(option, used)) {
                continue;
            }
            Mention[] tried = used.clone();
            tried[level] = option;
            double value = credit(option) + bestSupport(ordinals, tried, level - 1);
            if (value > best) {
                best = value;
                bestUsed = tried;
            }
        }
        System.arraycopy(bestUsed, 0, used, 0, used.length);
        return best;
    }

    private static boolean overlapsAny(Mention mention, Mention[] used) {
        for (Mention other : used) {
            if (other != null && other.overlaps(mention)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A longer reading of the same region ({@code DKI Jakarta} over {@code DKI}) quotes more of what the text says. A
     * former name is worth a little less than a name of today, so that a region called so today wins where both fit.
     */
    private static double credit(Mention mention) {
        double weight = WEIGHT[mention.level().ordinal()];
        double perTypo = mention.level() == Level.VILLAGE ? 1.2 : 0.8;
        double wholeName = 0.05 * (mention.to() - mention.from());
        return weight - perTypo * mention.typos() + (mention.labelled() ? LABEL_BONUS : 0) + wholeName
                - (mention.former() == null ? 0 : FORMER_NAME);
    }

    /**
     * A postal code the chain's village has is strong evidence; one of another village of the same district is a
     * slip worth little either way; one from elsewhere contradicts the names and is noted.
     */
    private void weighPostalCode(Chain chain) {
        for (int word : postalWords) {
            String postalCode = text.word(word).folded();
            int[] withCode = resolver.villagesWithPostalCode(postalCode);
            if (withCode.length == 0) {
                continue;
            }
            Village village = chain.village();
            if (village != null && village.postalCode() != null && village.postalCode().contains(postalCode)) {
                chain.score += POSTAL_MATCH;
                chain.postalWord = word;
                return;
            }
            boolean inRegion = IntStream.of(withCode).anyMatch(ordinal -> within(ordinal, chain));
            if (village == null && inRegion) {
                chain.score += POSTAL_MATCH / 2;
                chain.postalWord = word;
                return;
            }
            if (!inRegion || village == null) {
                chain.score -= 1.5;
                chain.cap -= 0.3;
                chain.notes.add("postal code " + postalCode + " belongs to another " + placeOf(chain));
            } else {
                chain.score -= 0.5;
                chain.cap -= 0.1;
                chain.notes.add("postal code " + postalCode + " is that of another kelurahan in the kecamatan");
            }
        }
    }

    private String placeOf(Chain chain) {
        return chain.village() == null ? "region" : "kecamatan";
    }

    /** Whether village {@code ordinal} lies in the district (or, for a higher anchor, the region) of the chain. */
    private boolean within(int villageOrdinal, Chain chain) {
        Village village = (Village) resolver.table(Level.VILLAGE).region(villageOrdinal);
        int anchorLevel = Math.min(chain.anchor.level().ordinal(), Level.DISTRICT.ordinal());
        Region region = village;
        for (int level = Level.VILLAGE.ordinal(); level > anchorLevel; level--) {
            int parent = resolver.table(LEVELS[level - 1]).ordinalOf(region.parentCode());
            if (parent < 0) {
                return false;
            }
            region = resolver.table(LEVELS[level - 1]).region(parent);
        }
        return region.code().equals(resolver.table(LEVELS[anchorLevel]).region(chain.ordinals[anchorLevel]).code());
    }

    /**
     * Words that may be names, left unused in a segment the reading reads a region from: {@code Esandom Satu} read as
     * the village Esandom leaves {@code Satu}, so the village Esandom Satu explains the text better.
     */
    private void weighLeftovers(Chain chain) {
        BitSet used = usedWords(chain);
        BitSet segments = new BitSet();
        for (Mention mention : chain.used) {
            if (mention != null) {
                segments.set(text.word(mention.from()).segment());
            }
        }
        int leftovers = 0;
        for (int word = 0; word < text.size(); word++) {
            if (roles.role(word) == WordRoles.Role.NAME && !used.get(word) && segments.get(text.word(word).segment())) {
                leftovers++;
            }
        }
        chain.score -= 0.4 * Math.min(leftovers, 3);
    }

    /**
     * Names the text gives that this reading leaves unexplained. A region named above the anchor that the reading
     * does not pass through contradicts it (a village counts only inside the district the text names); a name below
     * the anchor that was not found there only means a level could not be read.
     */
    private void weighConflicts(Chain chain) {
        int depth = chain.anchor.level().ordinal();
        double penalty = 0;
        Mention worst = null;
        for (int level = 0; level < LEVELS.length; level++) {
            double levelPenalty = 0;
            Mention levelWorst = null;
            for (Mention mention : mentionsAt(level)) {
                if (mention.ordinal() == chain.ordinals[level] || overlapsAny(mention, chain.used)) {
                    continue;
                }
                double weight = WEIGHT[level] * (mention.labelled() ? 1.0 : 0.6) * (mention.typos() > 0 ? 0.5 : 1.0);
                if (level > depth) {
                    weight = mention.labelled() ? 0.8 : 0.3;
                } else if (chain.used[level] != null || level == depth) {
                    weight = 0.2 * WEIGHT[level];
                }
                if (weight > levelPenalty) {
                    levelPenalty = weight;
                    levelWorst = mention;
                }
            }
            penalty += levelPenalty;
            if (levelWorst != null && level <= depth && chain.used[level] == null) {
                worst = levelWorst;
            }
        }
        chain.score -= penalty;
        if (worst != null) {
            chain.cap -= 0.15;
            chain.notes.add("'" + text.quote(worst.quoteFrom(), worst.to()) + "' names a "
                    + worst.level().label() + " this candidate is not in");
        }
    }

    private List<Mention> mentionsAt(int level) {
        List<Mention> at = new ArrayList<>();
        byRegion.get(level).values().forEach(at::addAll);
        return at;
    }

    /** The most this reading's evidence can justify, whatever the competition. */
    private void weighEvidence(Chain chain) {
        Level depth = chain.anchor.level();
        chain.cap += switch (depth) {
            case VILLAGE -> 0.99;
            case DISTRICT -> 0.95;
            case REGENCY -> 0.9;
            case PROVINCE -> 0.85;
        };
        boolean upperNamed = chain.used[Level.PROVINCE.ordinal()] != null
                || chain.used[Level.REGENCY.ordinal()] != null;
        if (depth == Level.VILLAGE && chain.used[Level.DISTRICT.ordinal()] == null) {
            chain.cap -= upperNamed || chain.postalWord >= 0 ? 0.03 : 0.2;
            chain.notes.add("kecamatan not named");
        }
        if (depth.ordinal() >= Level.DISTRICT.ordinal() && !upperNamed && chain.postalWord < 0) {
            chain.cap -= 0.05;
            chain.notes.add("kota and provinsi not named");
        }
        for (Mention mention : chain.used) {
            if (mention != null && mention.typos() > 0) {
                chain.cap -= (mention.level() == Level.VILLAGE ? 0.04 : 0.02) * mention.typos();
                chain.notes.add("'" + text.quote(mention.from(), mention.to()) + "' read as "
                        + resolver.table(mention.level()).region(mention.ordinal()).name() + " (typo)");
            }
            if (mention != null && mention.former() != null) {
                chain.cap -= 0.03;
                chain.notes.add("named as in " + mention.former().edition() + ": " + mention.former().name());
            }
        }
        if (depth != Level.VILLAGE && hasUnusedName(chain)) {
            chain.cap -= 0.35;
            chain.notes.add("no kelurahan under it matches the rest of the text");
        }
    }

    private boolean hasUnusedName(Chain chain) {
        BitSet used = usedWords(chain);
        for (int word = 0; word < text.size(); word++) {
            if (roles.role(word) == WordRoles.Role.NAME && !used.get(word)) {
                return true;
            }
        }
        return false;
    }

    private BitSet usedWords(Chain chain) {
        BitSet used = new BitSet(text.size());
        for (Mention mention : chain.used) {
            if (mention != null) {
                used.set(mention.quoteFrom(), mention.to());
            }
        }
        if (chain.postalWord >= 0) {
            used.set(chain.postalWord);
        }
        return used;
    }

    private AddressCandidate candidate(Chain chain) {
        Province province = (Province) region(Level.PROVINCE, chain);
        Regency regency = (Regency) region(Level.REGENCY, chain);
        District district = (District) region(Level.DISTRICT, chain);
        Village village = chain.village();
        String postalCode = null;
        if (chain.postalWord >= 0 && village != null) {
            postalCode = text.word(chain.postalWord).folded();
        } else if (village != null && village.postalCode() != null) {
            postalCode = village.postalCode().split(",")[0].strip();
        }
        MatchedText matched = new MatchedText(quote(chain, Level.PROVINCE), quote(chain, Level.REGENCY),
                quote(chain, Level.DISTRICT), quote(chain, Level.VILLAGE),
                chain.postalWord >= 0 ? text.quote(chain.postalWord, chain.postalWord + 1) : null);
        return new AddressCandidate(province, regency, district, village, postalCode, chain.confidence, matched,
                List.copyOf(chain.notes));
    }

    private Region region(Level level, Chain chain) {
        int ordinal = chain.ordinals[level.ordinal()];
        return ordinal < 0 ? null : resolver.table(level).region(ordinal);
    }

    private String quote(Chain chain, Level level) {
        Mention mention = chain.used[level.ordinal()];
        return mention == null ? null : text.quote(mention.quoteFrom(), mention.to());
    }

    /** The text without what the best reading used, segment by segment, joined by commas. */
    private String rest(Chain best) {
        StringBuilder kept = new StringBuilder(text.written());
        if (best != null) {
            BitSet used = usedWords(best);
            for (int word = used.nextSetBit(0); word >= 0; word = used.nextSetBit(word + 1)) {
                for (int at = text.word(word).start(); at < text.word(word).end(); at++) {
                    kept.setCharAt(at, ',');
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : kept.toString().split("[,;|\\r\\n]+")) {
            String trimmed = piece.strip().replaceAll("^[\\s.:/-]+|[\\s:/-]+$", "");
            if (!trimmed.isEmpty() && trimmed.chars().anyMatch(Character::isLetterOrDigit)) {
                pieces.add(trimmed);
            }
        }
        return String.join(", ", pieces);
    }

    /** One consistent hierarchy: the region per level (ordinal, -1 above a missing link) and the mention read for it. */
    private final class Chain {
        final Mention anchor;
        final int[] ordinals;
        final Mention[] used;
        final List<String> notes = new ArrayList<>();
        double score;
        double cap;
        double confidence;
        int postalWord = -1;

        Chain(Mention anchor, int[] ordinals, Mention[] used) {
            this.anchor = anchor;
            this.ordinals = ordinals;
            this.used = used;
        }

        Village village() {
            return anchor.level() == Level.VILLAGE
                    ? (Village) resolver.table(Level.VILLAGE).region(anchor.ordinal()) : null;
        }

        Region region() {
            return resolver.table(anchor.level()).region(anchor.ordinal());
        }
    }
}
