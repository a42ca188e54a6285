package org.frontierledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A folder of made-up market notes for tests that need many documents: varied lengths, dates,
 * speakers and sentence kinds (capex, prices, funding, revenue, releases, chatter), so each yields
 * claims and market events. Seeded: the same seed writes the same folder.
 */
final class SyntheticDocuments {
    private static final List<String> ORGS = List.of(
            "Microsoft", "Alphabet", "Meta", "Amazon", "OpenAI", "Anthropic", "Nvidia", "Oracle", "xAI", "Mistral");
    private static final List<String> MODELS =
            List.of("GPT-4o", "Claude 3.5 Sonnet", "Gemini 1.5 Pro", "Llama 3", "Grok 2", "Mistral Large");
    private static final List<String> SPEAKERS = List.of("Alice Chen", "Bob Rivera", "Carla Nguyen", "Dan Okafor");

    private SyntheticDocuments() {}

    /** Writes {@code count} documents {@code note-0000.txt}... into {@code folder}; returns their paths, sorted. */
    static List<Path> write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Market notes ")
                    .append(i)
                    .append('\n')
                    .append("Date: 2025-")
                    .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append("\n\n");
            int sentences = 4 + random.nextInt(36);
            for (int j = 0; j < sentences; j++) {
                text.append(sentence(random, i + "." + j)).append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            Path file = folder.resolve(String.format("note-%04d.txt", i));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** One sentence of a random kind; {@code tag} makes it unique, so no two documents share a text. */
    static String sentence(Random random, String tag) {
        String org = pick(random, ORGS);
        String speaker = pick(random, SPEAKERS);
        return switch (random.nextInt(6)) {
            case 0 ->
                speaker + ": " + org + " expects to spend $" + (10 + random.nextInt(80))
                        + " billion on capital expenditures in 202" + (5 + random.nextInt(2)) + ", note " + tag + ".";
            case 1 ->
                org + " released " + pick(random, MODELS) + " " + (1 + random.nextInt(9)) + "." + random.nextInt(10)
                        + " this week, priced at $" + (1 + random.nextInt(30)) / 2.0 + " per million input tokens ("
                        + tag + ").";
            case 2 ->
                speaker + ": " + org + " raised $" + (1 + random.nextInt(20)) + " billion at a $"
                        + (50 + random.nextInt(450)) + " billion valuation, round " + tag + ".";
            case 3 ->
                org + " reported revenue of $" + (1 + random.nextInt(40)) + " billion for the quarter, note " + tag
                        + ".";
            case 4 ->
                speaker + " said " + org + " signed a $" + (1 + random.nextInt(30)) + " billion compute deal with "
                        + pick(random, ORGS) + " (" + tag + ").";
            default ->
                "Analysts said the " + pick(random, List.of("weather", "market", "supply chain")) + " story " + tag
                        + " was " + pick(random, List.of("quiet", "busy", "mixed")) + ".";
        };
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
