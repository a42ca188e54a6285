package org.frontierledger.projections.digest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/** The pure assembly of a digest from its data: no database, a fixed order everywhere. */
final class DigestAssembler {
    /** Money figures with a section of their own, in the order of the issue. */
    static final List<MarketEventType> FIGURE_TYPES = List.of(
            MarketEventType.CAPEX,
            MarketEventType.VALUATION,
            MarketEventType.FUNDING,
            MarketEventType.REVENUE,
            MarketEventType.TRAINING_COST,
            MarketEventType.COMPUTE_COMMITMENT);
    /** Types whose figures can disagree; prices change rather than conflict, releases have no figure. */
    static final Set<MarketEventType> CONFLICT_TYPES = EnumSet.of(
            MarketEventType.CAPEX,
            MarketEventType.VALUATION,
            MarketEventType.FUNDING,
            MarketEventType.REVENUE,
            MarketEventType.TRAINING_COST,
            MarketEventType.COMPUTE_COMMITMENT,
            MarketEventType.PRICE_RATIO);

    static final int MAX_QUOTES = 10;

    private static final List<MarketEventType> BIGGEST =
            List.of(MarketEventType.CAPEX, MarketEventType.VALUATION, MarketEventType.FUNDING);
    static final Comparator<TimelineEntry> REPORT_ORDER = Comparator.comparing(TimelineEntry::reportedOn)
            .thenComparing(TimelineEntry::documentId)
            .thenComparingInt(TimelineEntry::quoteStart)
            .thenComparing(TimelineEntry::eventId);
    private static final Comparator<DigestItem> LARGEST_FIRST = Comparator.comparing(
                    (DigestItem i) -> size(i.event()), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(DigestItem::event, REPORT_ORDER);
    private static final Pattern FIGURE = Pattern.compile("[0-9$%]");

    private final DigestData data;

    private DigestAssembler(DigestData data) {
        this.data = data;
    }

    static WeeklyDigest assemble(DigestData data) {
        return new DigestAssembler(data).digest();
    }

    private WeeklyDigest digest() {
        List<DigestItem> events =
                data.weekEvents().stream().sorted(REPORT_ORDER).map(this::item).toList();
        return new WeeklyDigest(
                data.week(),
                data.week().monday(),
                data.week().sunday(),
                data.asOf(),
                data.generatedAt(),
                headline(events),
                ofType(events, MarketEventType.MODEL_RELEASE),
                priceMoves(events),
                ofType(events, MarketEventType.PRICE_RATIO),
                figures(events),
                conflicts(),
                quotes(),
                data.savedSearches(),
                events);
    }

    private DigestItem item(TimelineEntry entry) {
        return new DigestItem(entry, citation(entry.documentId(), entry.reportedOn(), entry.speaker(), entry.quote()));
    }

    private Citation citation(String documentId, LocalDate reportedOn, @Nullable String speaker, String quote) {
        SourceDocument document = data.documents().get(documentId);
        if (document == null) {
            return new Citation(
                    documentId,
                    "Document " + documentId.substring(0, Math.min(10, documentId.length())),
                    "",
                    null,
                    reportedOn,
                    speaker,
                    quote);
        }
        return new Citation(
                documentId, document.title(), sourceOf(document, quote), document.show(), reportedOn, speaker, quote);
    }

    private static final Pattern ROW_URL = Pattern.compile("https?://[^\\s,\"]+");

    /** A price list's row names its own source, which is where the figure comes from; else the document. */
    private static String sourceOf(SourceDocument document, String quote) {
        if ("price-list".equals(document.format())) {
            Matcher url = ROW_URL.matcher(quote);
            if (url.find()) {
                return url.group();
            }
        }
        return document.source();
    }

    private static Headline headline(List<DigestItem> events) {
        Map<MarketEventType, Integer> counts = new EnumMap<>(MarketEventType.class);
        events.forEach(i -> counts.merge(i.event().type(), 1, Integer::sum));
        List<DigestItem> biggest = new ArrayList<>();
        for (MarketEventType type : BIGGEST) {
            ofType(events, type).stream()
                    .filter(i -> size(i.event()) != null)
                    .min(LARGEST_FIRST)
                    .ifPresent(biggest::add);
        }
        return new Headline(counts, events.size(), biggest);
    }

    private static List<DigestItem> ofType(List<DigestItem> events, MarketEventType type) {
        return events.stream().filter(i -> i.event().type() == type).toList();
    }

    private static List<FigureSection> figures(List<DigestItem> events) {
        List<FigureSection> sections = new ArrayList<>();
        for (MarketEventType type : FIGURE_TYPES) {
            List<DigestItem> items =
                    ofType(events, type).stream().sorted(LARGEST_FIRST).toList();
            if (!items.isEmpty()) {
                sections.add(new FigureSection(type, items));
            }
        }
        return sections;
    }

    private List<PriceMove> priceMoves(List<DigestItem> events) {
        List<PriceMove> moves = new ArrayList<>();
        for (DigestItem item : ofType(events, MarketEventType.PRICE)) {
            List<TimelineEntry> points = data.related().stream()
                    .filter(e ->
                            e.type() == MarketEventType.PRICE && priceKey(e).equals(priceKey(item.event())))
                    .sorted(Comparator.comparing(TimelineEntry::reportedOn)
                            .thenComparing(TimelineEntry::recordedAt)
                            .thenComparing(REPORT_ORDER))
                    .toList();
            TimelineEntry previous = null;
            for (TimelineEntry point : points) {
                if (point.eventId().equals(item.event().eventId())) {
                    break;
                }
                previous = point;
            }
            moves.add(new PriceMove(
                    item,
                    price(item.event()),
                    previous == null ? null : item(previous),
                    previous == null ? null : price(previous)));
        }
        return moves;
    }

    private TokenPrice price(TimelineEntry entry) {
        return data.prices().getOrDefault(entry.eventId(), new TokenPrice(null, null));
    }

    private static String priceKey(TimelineEntry entry) {
        String seller = entry.detail() != null ? entry.detail() : Objects.requireNonNullElse(entry.org(), "");
        return EntityKey.normal(entry.subject()) + "\u001f" + EntityKey.normal(seller);
    }

    private List<DigestConflict> conflicts() {
        Set<String> weekIds = new LinkedHashSet<>();
        data.weekEvents().forEach(e -> weekIds.add(e.eventId()));
        Map<String, List<TimelineEntry>> groups = new LinkedHashMap<>();
        data.related().stream()
                .filter(e -> CONFLICT_TYPES.contains(e.type()))
                .sorted(REPORT_ORDER)
                .forEach(e -> groups.computeIfAbsent(conflictKey(e), k -> new ArrayList<>())
                        .add(e));
        List<DigestConflict> conflicts = new ArrayList<>();
        groups.values().forEach(group -> conflict(group, weekIds).ifPresent(conflicts::add));
        conflicts.sort(Comparator.comparing((DigestConflict c) -> c.type().ordinal())
                .thenComparing(c -> c.subject().toLowerCase(Locale.ROOT))
                .thenComparing(c -> Objects.requireNonNullElse(c.period(), "")));
        return conflicts;
    }

    private Optional<DigestConflict> conflict(List<TimelineEntry> group, Set<String> weekIds) {
        Map<String, TimelineEntry> byDocumentAndValue = new LinkedHashMap<>();
        group.forEach(e -> byDocumentAndValue.putIfAbsent(e.documentId() + "\u001f" + value(e), e));
        List<TimelineEntry> distinct = List.copyOf(byDocumentAndValue.values());
        boolean thisWeek = distinct.stream().anyMatch(e -> weekIds.contains(e.eventId()));
        long values = distinct.stream().map(DigestAssembler::value).distinct().count();
        long documents =
                distinct.stream().map(TimelineEntry::documentId).distinct().count();
        if (!thisWeek || values < 2 || documents < 2) {
            return Optional.empty();
        }
        TimelineEntry first = distinct.getFirst();
        return Optional.of(new DigestConflict(
                first.type(),
                first.subject(),
                first.period(),
                distinct.stream().map(this::item).toList()));
    }

    private static String conflictKey(TimelineEntry e) {
        return (e.type() + "\u001f" + e.subject() + "\u001f" + Objects.requireNonNullElse(e.period(), ""))
                .toLowerCase(Locale.ROOT);
    }

    private static String value(TimelineEntry e) {
        if (e.amountUsd() == null) {
            return e.figure();
        }
        return plain(e.amountUsd()) + "-" + (e.amountUsdHigh() == null ? "" : plain(e.amountUsdHigh()));
    }

    private List<NotableQuote> quotes() {
        Set<String> seen = new LinkedHashSet<>();
        return data.claims().stream()
                .sorted(Comparator.comparingInt((AttributedClaim c) -> -notability(c))
                        .thenComparing(AttributedClaim::reportedOn)
                        .thenComparing(AttributedClaim::documentId)
                        .thenComparingInt(AttributedClaim::quoteStart)
                        .thenComparing(AttributedClaim::claimId))
                .filter(c -> seen.add((c.speaker() + "\u001f" + c.quote().strip()).toLowerCase(Locale.ROOT)))
                .limit(MAX_QUOTES)
                .map(c -> new NotableQuote(citation(c.documentId(), c.reportedOn(), c.speaker(), c.quote())))
                .toList();
    }

    /** Figures and a readable length make a quote notable; a bare fragment or a wall of text less so. */
    static int notability(AttributedClaim claim) {
        int score = FIGURE.matcher(claim.quote()).find() ? 2 : 0;
        int length = claim.quote().strip().length();
        return score + (length >= 40 && length <= 400 ? 1 : -1);
    }

    private static @Nullable BigDecimal size(TimelineEntry e) {
        return e.amountUsdHigh() != null ? e.amountUsdHigh() : e.amountUsd();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
