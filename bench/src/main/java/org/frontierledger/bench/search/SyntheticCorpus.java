package org.frontierledger.bench.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Claims shaped like the ledger's: a sentence of 10 to 40 words from a Zipf-distributed vocabulary
 * around a core that names a company, often a speaker, and for about a third of them a market fact
 * (capex, valuation, funding, revenue with a USD amount; a model release; a token price). Fifty
 * claims make a document of one of twenty shows, reported on a day between 2023 and 2025.
 *
 * <p>Seeded: the same seed and count give the same claims, in the same order, on every machine.
 * Not thread-safe.
 */
final class SyntheticCorpus {

    /** A generated claim with at most one market fact. */
    record Claim(
            String id,
            String documentId,
            String quote,
            @Nullable String speaker,
            LocalDate reportedOn,
            String show,
            @Nullable MarketEventType type,
            @Nullable String org,
            @Nullable String model,
            @Nullable Long amountUsd,
            @Nullable Double priceUsdPerMTok) {}

    static final int CLAIMS_PER_DOCUMENT = 50;

    static final String[] COMPANIES = {
        "Microsoft",
        "Alphabet",
        "Google",
        "Amazon",
        "Meta",
        "Nvidia",
        "OpenAI",
        "Anthropic",
        "xAI",
        "Mistral",
        "DeepSeek",
        "Alibaba",
        "Tencent",
        "Baidu",
        "Apple",
        "Oracle",
        "CoreWeave",
        "AMD",
        "Intel",
        "TSMC",
        "Samsung",
        "SK Hynix",
        "Broadcom",
        "IBM",
        "Cohere",
        "Perplexity",
        "Databricks",
        "Snowflake",
        "Salesforce",
        "Tesla",
        "Micron",
        "Arm",
        "Qualcomm",
        "Moonshot",
        "Zhipu",
        "ByteDance",
        "Scale AI",
        "Inflection",
        "Reka",
        "Together AI"
    };
    static final String[] MODELS = {
        "GPT-4o",
        "GPT-4.1",
        "GPT-5",
        "o3-mini",
        "o4-mini",
        "Claude 3.5 Sonnet",
        "Claude Opus 4",
        "Gemini 2.5 Pro",
        "Gemini 2.0 Flash",
        "Llama 3.1 405B",
        "Llama 4 Maverick",
        "DeepSeek V3.2",
        "DeepSeek R1",
        "Qwen 2.5 Max",
        "Mistral Large 2",
        "Grok 3",
        "Kimi K2",
        "GLM-4.5",
        "Command R+",
        "Phi-4"
    };
    static final String[] FIRST = {
        "Sam",
        "Dario",
        "Jensen",
        "Satya",
        "Sundar",
        "Mark",
        "Lisa",
        "Elon",
        "Andy",
        "Demis",
        "Mustafa",
        "Arthur",
        "Liang",
        "David",
        "Chamath",
        "Jason",
        "Ben",
        "Dylan",
        "Brad",
        "Amy",
        "Sarah",
        "Kevin",
        "Aidan",
        "Alexandr",
        "Aravind",
        "Ali",
        "Marc",
        "Reid",
        "Mira",
        "Ilya"
    };
    static final String[] LAST = {
        "Altman",
        "Amodei",
        "Huang",
        "Nadella",
        "Pichai",
        "Zuckerberg",
        "Su",
        "Musk",
        "Jassy",
        "Hassabis",
        "Suleyman",
        "Mensch",
        "Wenfeng",
        "Sacks",
        "Palihapitiya",
        "Calacanis",
        "Thompson",
        "Patel",
        "Smith",
        "Hood",
        "Friar",
        "Scott",
        "Gomez",
        "Wang",
        "Srinivas",
        "Ghodsi",
        "Andreessen",
        "Hoffman",
        "Murati",
        "Sutskever"
    };
    static final String[] SHOWS = {
        "All-In",
        "Stratechery",
        "Dwarkesh Podcast",
        "Acquired",
        "BG2",
        "Hard Fork",
        "Decoder",
        "The Information",
        "SemiAnalysis",
        "Latent Space",
        "No Priors",
        "Lex Fridman Podcast",
        "Sharp Tech",
        "Invest Like the Best",
        "20VC",
        "The AI Daily Brief",
        "Big Technology",
        "ChinaTalk",
        "Cognitive Revolution",
        "Hot Takes"
    };

    /** Words of the field, most frequent first. */
    private static final String[] DOMAIN = ("the of and to in a is that for on it with as was said will be are this"
                    + " by at from has have they its more than about but an we not which or their billion million year"
                    + " model models ai compute data centers chips gpus capacity supply demand revenue growth spending"
                    + " capex infrastructure training inference cloud market price prices tokens cost costs margin"
                    + " valuation round funding investors shares quarter guidance forecast power energy hbm memory"
                    + " export controls china chinese open weights reasoning agents customers enterprise startup"
                    + " startups deal contract partnership cluster clusters megawatts gigawatt fabs wafers packaging"
                    + " cowos shortage lead times orders backlog hyperscalers hyperscaler spend spent invest"
                    + " investment investing raised raise raising valued launch launched release released cheaper"
                    + " faster larger smaller benchmark benchmarks users subscribers run rate annualized profit loss"
                    + " losses debt bond bonds lease leases sovereign regulators antitrust lawsuit license licensing")
            .split(" ");

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private int next;

    SyntheticCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        this.vocabulary = vocabulary();
        this.cumulative = zipf(vocabulary.length);
    }

    /** The next claim. */
    Claim next() {
        int index = next++;
        int document = index / CLAIMS_PER_DOCUMENT;
        String documentId = String.format(Locale.ROOT, "bench-doc-%07d", document);
        String id = documentId + "-c" + (index % CLAIMS_PER_DOCUMENT);
        SplittableRandom perDocument = new SplittableRandom(document * 7919L + 17);
        String show = SHOWS[perDocument.nextInt(SHOWS.length)];
        LocalDate reportedOn = LocalDate.of(2023, 1, 1).plusDays(perDocument.nextInt(3 * 365));
        String org = pick(COMPANIES);
        String speaker = random.nextInt(100) < 60 ? pick(FIRST) + " " + pick(LAST) : null;
        int kind = random.nextInt(100);
        List<String> words = new ArrayList<>();
        MarketEventType type = null;
        String model = null;
        Long amount = null;
        Double price = null;
        String subject = speaker != null ? speaker + " said " + org : org;
        if (kind < 10) {
            type = MarketEventType.CAPEX;
            amount = amount(1_000_000_000L, 200_000_000_000L);
            add(words, subject + " plans to spend " + usd(amount) + " on data centers in " + reportedOn.getYear());
        } else if (kind < 15) {
            type = MarketEventType.VALUATION;
            amount = amount(500_000_000L, 500_000_000_000L);
            add(words, subject + " was valued at " + usd(amount) + " after the latest round");
        } else if (kind < 20) {
            type = MarketEventType.FUNDING;
            amount = amount(50_000_000L, 40_000_000_000L);
            add(words, subject + " raised " + usd(amount) + " from investors");
        } else if (kind < 24) {
            type = MarketEventType.REVENUE;
            amount = amount(100_000_000L, 100_000_000_000L);
            add(words, subject + " reported revenue of " + usd(amount) + " at an annualized run rate");
        } else if (kind < 29) {
            type = MarketEventType.MODEL_RELEASE;
            model = pick(MODELS);
            add(words, subject + " released " + model + " with open weights");
        } else if (kind < 33) {
            type = MarketEventType.PRICE;
            model = pick(MODELS);
            price = Math.round(Math.pow(10, random.nextDouble(-1.5, 1.8)) * 100) / 100.0;
            add(words, model + " from " + org + " costs $" + price + " per million input tokens");
        } else {
            add(words, subject);
        }
        int length = 10 + random.nextInt(31);
        while (words.size() < length) {
            words.add(random.nextInt(words.size() + 1), word());
        }
        if (words.size() > 40) {
            words = words.subList(0, 40);
        }
        String quote = capitalise(String.join(" ", words)) + ".";
        return new Claim(
                id,
                documentId,
                quote,
                speaker,
                reportedOn,
                show,
                type,
                type == null ? null : org,
                model,
                amount,
                price);
    }

    /** The title of a generated document. */
    static String title(String documentId, String show) {
        return show + " episode " + documentId.substring(documentId.length() - 7);
    }

    private String word() {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return vocabulary[low];
    }

    private long amount(long min, long max) {
        double log = random.nextDouble(Math.log10(min), Math.log10(max));
        long raw = (long) Math.pow(10, log);
        long step = raw >= 10_000_000_000L ? 1_000_000_000L : 100_000_000L;
        return Math.max(step, raw / step * step);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void add(List<String> words, String phrase) {
        for (String word : phrase.split(" ")) {
            words.add(word);
        }
    }

    static String usd(long amount) {
        if (amount >= 1_000_000_000L) {
            return "$" + trim(amount / 1e9) + " billion";
        }
        return "$" + trim(amount / 1e6) + " million";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The domain words, then 20,000 made-up words that stand for the long tail of English. */
    private static String[] vocabulary() {
        List<String> words = new ArrayList<>(List.of(DOMAIN));
        SplittableRandom letters = new SplittableRandom(4242);
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        while (words.size() < DOMAIN.length + 20_000) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + letters.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(consonants.charAt(letters.nextInt(consonants.length())));
                word.append(vowels.charAt(letters.nextInt(vowels.length())));
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    /** The cumulative distribution of Zipf's law with exponent 1 over {@code n} ranks. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }
}
