package org.frontierledger.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.DigestConflict;
import org.frontierledger.projections.digest.DigestItem;
import org.frontierledger.projections.digest.FigureSection;
import org.frontierledger.projections.digest.PriceMove;
import org.frontierledger.projections.digest.SavedSearchHits;
import org.frontierledger.projections.digest.TokenPrice;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * The digest as headed sections of entries: what Markdown, HTML and PDF show, decided once. Each
 * format only renders this outline, escaping as its syntax needs.
 */
record DigestOutline(
        String title, List<Field> fields, @Nullable String emptyWeek, List<Section> sections) {
    static final String NONE = "None reported this week.";

    /** A header field; {@code generated} marks the one field that differs between renderings. */
    record Field(String name, String value, boolean generated) {}

    /** A section; {@code entries} may be empty, then {@link #NONE} is shown. */
    record Section(String heading, @Nullable String intro, List<Entry> entries) {}

    /** An item: a bold lead, plain text, its citation, and sub-entries shown side by side. */
    record Entry(String lead, String text, @Nullable Citation citation, List<Entry> sides) {
        /** The speaker to name after the quote: none when there is none or the lead names them. */
        String quoteSpeaker() {
            String speaker = citation == null ? "" : DigestText.clean(citation.speaker());
            return speaker.equals(lead) ? "" : speaker;
        }
    }

    static DigestOutline of(WeeklyDigest digest) {
        List<Field> fields = List.of(
                new Field(
                        "Week",
                        digest.week() + ": " + DigestText.longDate(digest.from()) + " to "
                                + DigestText.longDate(digest.to()) + ", by reported date",
                        false),
                new Field("As of", "events recorded up to " + digest.asOf(), false),
                new Field("Generated", digest.generatedAt().toString(), true));
        String title = "Frontier Ledger weekly digest: " + digest.week();
        if (digest.isEmpty()) {
            return new DigestOutline(
                    title,
                    fields,
                    "Nothing was reported in " + digest.week()
                            + ": no market events and no attributed quotes from any source dated "
                            + digest.from() + " to " + digest.to() + ".",
                    List.of());
        }
        List<Section> sections = new ArrayList<>();
        sections.add(headline(digest));
        sections.add(new Section(
                "New models",
                null,
                digest.newModels().stream().map(DigestOutline::model).toList()));
        sections.add(new Section(
                "Price moves",
                "Prices in USD per 1M tokens; " + TokenPrice.BLEND + ".",
                digest.priceMoves().stream().map(DigestOutline::priceMove).toList()));
        if (!digest.relativePrices().isEmpty()) {
            sections.add(new Section(
                    "Relative prices",
                    null,
                    digest.relativePrices().stream()
                            .map(i -> item(i.event().subject(), i))
                            .toList()));
        }
        sections.addAll(figures(digest.figures()));
        sections.add(new Section(
                "Conflicts",
                "Figures that disagree with another source, side by side.",
                digest.conflicts().stream().map(DigestOutline::conflict).toList()));
        sections.add(new Section(
                "Notable quotes",
                null,
                digest.quotes().stream()
                        .map(q -> new Entry(DigestText.clean(q.citation().speaker()), "", q.citation(), List.of()))
                        .toList()));
        if (!digest.savedSearches().isEmpty()) {
            sections.add(savedSearches(digest.savedSearches()));
        }
        return new DigestOutline(title, fields, null, sections);
    }

    private static Section headline(WeeklyDigest digest) {
        List<Entry> entries = new ArrayList<>();
        String counts = digest.headline().counts().entrySet().stream()
                .map(e -> DigestText.count(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        entries.add(new Entry(digest.headline().total() + " new market events", counts, null, List.of()));
        for (DigestItem item : digest.headline().biggest()) {
            TimelineEntry e = item.event();
            entries.add(new Entry(
                    "Biggest " + e.type().label().toLowerCase(Locale.ROOT),
                    DigestText.join(e.figure(), e.subject(), e.period(), e.detail()),
                    item.citation(),
                    List.of()));
        }
        return new Section("Headline figures", null, entries);
    }

    private static Entry model(DigestItem item) {
        TimelineEntry e = item.event();
        String openWeights = "open weights".equals(e.figure()) ? "yes" : "not stated";
        return new Entry(
                DigestText.clean(e.subject()),
                DigestText.join(
                        "developer: " + (e.org() == null ? "not stated" : e.org()),
                        "open weights: " + openWeights,
                        "licence: " + (e.detail() == null ? "not stated" : e.detail())),
                item.citation(),
                List.of());
    }

    private static Entry priceMove(PriceMove move) {
        TimelineEntry e = move.item().event();
        String seller = e.detail() != null ? "via " + e.detail() : e.org();
        String change;
        List<Entry> sides = List.of();
        if (move.previous() == null || move.previousPrice() == null) {
            change = "first price point on record for this model and seller";
        } else {
            BigDecimal percent = move.blendedChangePercent();
            change = percent == null
                    ? "previous point " + DigestText.price(move.previousPrice())
                    : percent.signum() == 0
                            ? "blended price unchanged"
                            : "blended change " + DigestText.percent(percent);
            sides = List.of(new Entry(
                    "Previous point",
                    DigestText.price(move.previousPrice()),
                    move.previous().citation(),
                    List.of()));
        }
        return new Entry(
                DigestText.join(e.subject(), seller),
                DigestText.join(DigestText.price(move.price()), change),
                move.item().citation(),
                sides);
    }

    private static List<Section> figures(List<FigureSection> figures) {
        if (figures.isEmpty()) {
            return List.of(new Section(
                    "Capex, valuations, funding, revenue, training costs, compute commitments", null, List.of()));
        }
        return figures.stream()
                .map(s -> new Section(
                        DigestText.plural(s.type()),
                        null,
                        s.items().stream().map(i -> item(i.event().figure(), i)).toList()))
                .toList();
    }

    private static Entry item(String lead, DigestItem item) {
        TimelineEntry e = item.event();
        String subject = e.type() == MarketEventType.PRICE_RATIO ? e.figure() : e.subject();
        return new Entry(
                DigestText.clean(lead), DigestText.join(subject, e.period(), e.detail()), item.citation(), List.of());
    }

    private static Entry conflict(DigestConflict conflict) {
        String lead = conflict.type().label() + " of " + conflict.subject()
                + (conflict.period() == null ? "" : ", " + conflict.period());
        return new Entry(
                DigestText.clean(lead),
                conflict.items().size() + " reports from different sources",
                null,
                conflict.items().stream().map(i -> item(i.event().figure(), i)).toList());
    }

    /** Searches with hits, each with its first hits side by side; then one line naming those without. */
    private static Section savedSearches(List<SavedSearchHits.Section> searches) {
        List<Entry> entries = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (SavedSearchHits.Section search : searches) {
            String name = DigestText.clean(search.name()) + " (" + DigestText.clean(search.owner()) + ")";
            if (search.hits().isEmpty()) {
                without.add(name);
                continue;
            }
            String shown = search.total() > search.hits().size()
                    ? ", the first " + search.hits().size() + " shown"
                    : "";
            entries.add(new Entry(
                    name,
                    DigestText.join(
                            "query: " + DigestText.clean(search.query()), DigestText.claims(search.total()) + shown),
                    null,
                    search.hits().stream()
                            .map(c -> new Entry(DigestText.date(c.reportedOn()), "", c, List.of()))
                            .toList()));
        }
        if (!without.isEmpty()) {
            entries.add(new Entry("No hits this week", String.join("; ", without), null, List.of()));
        }
        return new Section(
                "Saved searches",
                "Claims reported this week that match the saved searches of each"
                        + " analyst (owner in brackets), in report order.",
                entries);
    }
}
