package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises model names by family pattern, so that new versions are found too ("GPT 5.5",
 * "Opus 4.7", "DeepSeek V3.2", "GLM 5.2"), and infers each model's developer.
 */
final class ModelNames {
    private static final String V = "(?:[- ]?\\d+(?:\\.\\d+)*[a-z]?)";
    private static final String QUALIFIER = "(?:[- ](?:[Mm]ini|[Nn]ano|[Pp]ro|Turbo|Flash(?:-Lite)?|Ultra|Max|Plus|Lite"
            + "|Instant|Thinking|Preview|Cyber|Codex|Coder|Vision|Heavy|Omni|Opus|Sonnet|Haiku|Large|Medium|Small"
            + "|Instruct|Realtime|High|Deep Think|oss(?:-\\d+b)?))";
    /** Developer, then the family pattern. */
    private static final String[][] FAMILIES = {
        {"OpenAI", "(?:Chat)?GPT" + V + "[o]?" + QUALIFIER + "{0,2}|gpt-oss(?:-\\d+b)?|ChatGPT|Sora(?: \\d)?"
                + "|o[1-9](?:-(?:mini|pro|preview))?(?: (?:[Pp]ro|mini))?"},
        {"Anthropic", "Claude(?: (?:Opus|Sonnet|Haiku|Mythos))?" + V + "?(?: (?:Opus|Sonnet|Haiku))?(?: \\d+(?:\\.\\d+)*)?"
                + "|(?:Opus|Sonnet|Haiku)" + V + "|Mythos(?: \\d+(?:\\.\\d+)*)?"},
        {"Google", "Gemini" + V + "?" + QUALIFIER + "{0,2}|Gemma" + V + "?|Veo ?\\d+(?:\\.\\d+)?|Imagen ?\\d+"},
        {"Meta", "Llama" + V + "?(?:[- ]\\d+[Bb])?|(?i:llama)" + V},
        {"Zhipu", "GLM" + V + QUALIFIER + "{0,2}"},
        {"DeepSeek", "(?i:deep ?seek)[- ](?:R\\d|V\\d+(?:\\.\\d+)*|Coder(?:[- ]V\\d)?|Math|Prover|VL\\d?)"},
        {"xAI", "Grok" + V + "?" + QUALIFIER + "{0,2}"},
        {"Alibaba", "Qwen" + V + "?(?:[- ](?:Max|Coder|VL|Plus|\\d+B))*|QwQ"},
        {"Mistral", "(?:Mistral (?:Large|Medium|Small|Nemo)|Mixtral|Codestral|Magistral|Devstral|Pixtral|Ministral)"
                + V + "?"},
        {"Moonshot AI", "Kimi(?:[- ]K\\d(?:\\.\\d+)?)?"},
        {"MiniMax", "MiniMax-M\\d"},
        {"Microsoft", "Phi-\\d(?:\\.\\d+)?"},
        {"Cohere", "Command R\\+?|Command A"},
        {"Amazon", "Amazon Nova(?: (?:Pro|Lite|Micro|Premier))?"},
        {"Baidu", "Ernie ?\\d(?:\\.\\d+)?"},
    };
    private static final List<Pattern> PATTERNS = compile();
    /** DeepSeek's bare model codes ("R1", "V3.2"), read as DeepSeek's only in a text about DeepSeek. */
    private static final Pattern DEEPSEEK_CODE = Pattern.compile("(?<![\\p{L}\\p{N}./-])([RV]\\d(?:\\.\\d+)?)(?![\\p{L}\\p{N}])");
    private static final Pattern YARDSTICK_AFTER = Pattern.compile(
            "^[\\s\\u2011-]*(?:[A-Z][\\p{L}]*[\\s\\u2011-]+)?(?:class|level|style|tier|grade)\\b");
    private static final Pattern YARDSTICK_BEFORE = Pattern.compile(
            "(?:\\blike|such as|e\\.g\\.,?|\\bvs\\.?|versus|than|compared (?:to|with))\\s*\\(?\\s*$");

    private ModelNames() {}

    /** The models named in a sentence; {@code deepSeekText} admits bare "R1" and "V3". */
    static List<Mention> find(String sentence, boolean deepSeekText) {
        List<Mention> found = new ArrayList<>();
        for (int f = 0; f < FAMILIES.length; f++) {
            Matcher m = PATTERNS.get(f).matcher(sentence);
            while (m.find()) {
                found.add(mention(sentence, m.start(), m.end(), FAMILIES[f][0]));
            }
        }
        if (deepSeekText) {
            Matcher code = DEEPSEEK_CODE.matcher(sentence);
            while (code.find()) {
                found.add(mention(sentence, code.start(), code.end(), "DeepSeek"));
            }
        }
        return Gazetteer.withoutOverlaps(found);
    }

    private static Mention mention(String sentence, int start, int end, String developer) {
        String written = sentence.substring(start, end);
        String name = developer.equals("DeepSeek") ? "DeepSeek " + written.replaceFirst("(?i)^deep ?seek[- ]", "")
                : written;
        boolean comparison = YARDSTICK_AFTER.matcher(sentence.substring(end)).lookingAt()
                || YARDSTICK_BEFORE.matcher(sentence.substring(Math.max(0, start - 14), start)).find();
        return new Mention(start, end, name, developer, true, comparison);
    }

    private static List<Pattern> compile() {
        List<Pattern> patterns = new ArrayList<>();
        for (String[] family : FAMILIES) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + family[1] + ")(?![\\p{L}\\p{N}])"));
        }
        return patterns;
    }
}
