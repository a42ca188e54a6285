package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.frontierledger.ingestion.internal.read.PriceListReader;
import org.jspecify.annotations.Nullable;

/**
 * Extracts claims and typed market events from a document by rules: every sentence or bullet
 * becomes an attributed claim; dollar amounts, token prices, relative prices, GPU counts and
 * release words next to the companies and models of a gazetteer become market events. Amounts are
 * US dollars, fully expanded; token prices are US dollars per one million tokens. A price list's
 * rows become one price each, dated by the row.
 */
public final class RuleBasedExtractor {
    /** The extractor's name in every provenance it writes. */
    public static final String NAME = "rules";
    /** The version of the rules; bump it when they change what they extract. */
    public static final String VERSION = "4";

    private static final Pattern DEEPSEEK = Pattern.compile("(?i)deep ?seek");
    private static final int PRONOUN_REACH = 8;

    /**
     * Extracts one document.
     *
     * @param doc the document as read
     * @param documentId its identity
     * @param fallbackDate the report date when the document states none (usually today)
     * @return its claims and market events, in document order
     */
    public Extraction extract(ParsedDocument doc, DocumentId documentId, LocalDate fallbackDate) {
        if (doc.format().equals(PriceListReader.FORMAT)) {
            return PriceListExtractor.extract(doc.title(), doc.text(), documentId);
        }
        List<View> views = views(doc, fallbackDate);
        EventFactory factory = new EventFactory(documentId);
        List<ClaimRecorded> claims = new ArrayList<>();
        for (View view : views) {
            if (view.sentence().claimWorthy()) {
                claims.add(new ClaimRecorded(ClaimId.of(documentId, claims.size()), factory.provenance(view)));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            findings.addAll(ReleaseRule.apply(views, i));
            findings.addAll(MoneyRule.apply(views, i));
            findings.addAll(GpuRule.apply(views, i));
            findings.addAll(RatioRule.apply(views.get(i)));
            List<Finding> tableRow = TableRule.apply(views, i);
            findings.addAll(tableRow.isEmpty() ? PriceRule.apply(views.get(i)) : tableRow);
        }
        List<MarketEvent> events = Deduplicator.dedupe(findings).stream().map(factory::create).toList();
        return new Extraction(claims, events);
    }

    private static List<View> views(ParsedDocument doc, LocalDate fallbackDate) {
        String text = doc.text();
        LocalDate base = doc.date() != null ? doc.date() : fallbackDate;
        LocalDate[] dates = EpisodeDates.byLine(text, base);
        String[] lines = text.split("\n", -1);
        Map<Integer, String> quoted = Attributions.byQuotedLine(text);
        Speakers speakers = new Speakers(text);
        boolean deepSeekText = DEEPSEEK.matcher(text).find();
        List<View> views = new ArrayList<>();
        String lastSpeaker = null;
        int lastSpeakerAt = Integer.MIN_VALUE / 2;
        for (Sentence sentence : Segmenter.split(text)) {
            String quote = text.substring(sentence.start(), sentence.end());
            String speaker = explicitSpeaker(speakers, quoted, lines[sentence.line()], sentence.line(), quote);
            if (speaker != null) {
                lastSpeaker = speaker;
                lastSpeakerAt = views.size();
            } else if (Speakers.byPronoun(quote) && views.size() - lastSpeakerAt <= PRONOUN_REACH) {
                speaker = lastSpeaker;
            }
            views.add(new View(views.size(), sentence, quote, speaker, dates[sentence.line()], Gazetteer.orgs(quote),
                    ModelNames.find(quote, deepSeekText)));
        }
        return views;
    }

    private static @Nullable String explicitSpeaker(
            Speakers speakers, Map<Integer, String> quoted, String line, int lineIndex, String quote) {
        String attributed = quoted.get(lineIndex);
        if (attributed != null) {
            return speakers.complete(attributed);
        }
        String prefixed = speakers.prefixOf(line);
        return prefixed != null ? prefixed : speakers.inSentence(quote);
    }
}
