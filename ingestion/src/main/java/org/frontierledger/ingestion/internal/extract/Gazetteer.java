package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Companies of the AI market and their aliases; every alias resolves to one canonical name. */
final class Gazetteer {
    /** Canonical name, then the regex of its spellings (case-sensitive unless marked). */
    private static final String[][] ORGS = {
        {"OpenAI", "OpenAI|Open AI|OPENAI|(?i:openai)"},
        {"Anthropic", "(?i:anthropic)"},
        {"Google", "Google(?: DeepMind| Cloud)?|Alphabet|DeepMind|GCP|GOOGL?"},
        {"Microsoft", "Microsoft|MSFT|Azure"},
        {"Amazon", "Amazon(?: Web Services)?|AWS|AMZN"},
        {"Meta", "Meta(?: Platforms)?|Facebook|META"},
        {"xAI", "xAI|[Xx]\\.[Aa][Ii]"},
        {"Nvidia", "(?i:nvidia)|NVDA"},
        {"TSMC", "TSMC|Taiwan Semiconductor(?: Manufacturing(?: Co(?:mpany)?)?)?"},
        {"DeepSeek", "(?i:deep ?seek)"},
        {"Mistral", "Mistral(?: AI)?"},
        {"Zhipu", "Zhipu(?: AI)?|Z\\.ai|Z\\.AI"},
        {"Alibaba", "Alibaba(?: Cloud)?"},
        {"Moonshot AI", "Moonshot(?: AI)?"},
        {"SK Hynix", "SK ?[Hh]ynix"},
        {"Safe Superintelligence", "Safe Superintelligence|SSI"},
        {"Thinking Machines", "Thinking Machines(?: Lab)?"},
        {"Scale AI", "Scale AI"},
        {"Together AI", "Together AI"},
        {"Fireworks AI", "Fireworks AI"},
        {"Hugging Face", "Hugging ?Face"},
        {"Character.AI", "Character\\.AI|Character AI"},
        {"Stability AI", "Stability AI"},
        {"Reflection AI", "Reflection AI"},
        {"Inflection AI", "Inflection(?: AI)?"},
        {"Figure AI", "Figure AI"},
        {"Lambda", "Lambda Labs"},
        {"Anysphere", "Anysphere|Cursor"},
        {"SoftBank", "SoftBank(?: Group)?|Softbank"},
        {"IREN", "IREN|Iris Energy"},
        {"Hewlett Packard Enterprise", "Hewlett Packard Enterprise|HPE"},
        {"Black Forest Labs", "Black Forest Labs"},
        {"Physical Intelligence", "Physical Intelligence"},
        {"World Labs", "World Labs"},
        {"Sakana AI", "Sakana(?: AI)?"},
        {"AI21 Labs", "AI21(?: Labs)?"},
        {"Liquid AI", "Liquid AI"},
        {"Applied Digital", "Applied Digital"},
        {"Core Scientific", "Core Scientific"},
    };
    /** Companies whose only spelling is their name. */
    private static final String[] SIMPLE = {"Baseten", "Micron", "Cerebras", "CoreWeave", "Oracle", "Apple",
        "Intel", "AMD", "Broadcom", "Samsung", "Huawei", "Tencent", "Baidu", "ByteDance", "MiniMax", "Cohere",
        "Perplexity", "Databricks", "Groq", "SambaNova", "Nebius", "Crusoe", "SpaceX", "Tesla", "Midjourney",
        "Anysphere", "Cognition", "Abridge", "ASML", "Qualcomm", "Stargate", "Salesforce", "IBM", "Uber",
        "Snowflake", "Palantir", "Dell", "Supermicro", "Arista", "Marvell", "Poolside",
        "Glean", "Anduril", "Nscale", "Lightmatter", "Etched", "Tenstorrent", "iFlytek", "Runway", "ElevenLabs",
        "Replit", "Lovable", "Windsurf", "Codeium", "Mercor", "Decagon", "Fluidstack", "Vultr",
        "TeraWulf", "Equinix", "Cisco", "Foxconn", "StepFun", "Baichuan", "Xiaomi", "Meituan", "Kuaishou",
        "Aleph Alpha", "Helsing", "Shield AI", "Skild AI", "Humain", "G42", "MGX", "Firmus"};

    private static final Map<String, Pattern> PATTERNS = patterns();

    private Gazetteer() {}

    /** The companies named in a text, in order, without overlaps. */
    static List<Mention> orgs(String text) {
        List<Mention> found = new ArrayList<>();
        PATTERNS.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Mention(m.start(), m.end(), name, name, false, false));
            }
        });
        return withoutOverlaps(found);
    }

    /** The canonical company for a spelling, or null when it is not a known company. */
    static @Nullable String canonical(String spelling) {
        for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
            Matcher m = e.getValue().matcher(spelling);
            if (m.find() && m.start() == 0 && m.end() == spelling.length()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Longest mentions first, then earliest; overlapping shorter ones are dropped. */
    static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String[] org : ORGS) {
            patterns.put(org[0], word(org[1]));
        }
        for (String name : SIMPLE) {
            patterns.put(name, word(Pattern.quote(name)));
        }
        return patterns;
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + regex + ")(?![\\p{L}\\p{N}]|\\.[\\p{L}])");
    }
}
