package org.frontierledger.ui.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Chart;
import org.frontierledger.ui.base.Subjects;
import org.jspecify.annotations.Nullable;

/** ECharts options for money figures (USD). Pure: no Vaadin, no database. */
public final class MoneyCharts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private MoneyCharts() {}

    /**
     * Capex as grouped bars: one bar group per period, one bar per company and basis (a combined
     * figure such as "Microsoft, Google, and Amazon" is its own bar, never summed into its members),
     * in USD billions. Reported figures are solid, guidance hollow with a dashed outline, figures
     * whose text says neither pale; a company keeps its one colour ({@link Chart#colourOf}) across
     * its bases. A range ("$60B to $65B") is a bar to its low end with a paler, dashed extension up
     * to its high end, stacked on it.
     */
    public static ObjectNode capexBars(List<TimelineEntry> capex) {
        List<TimelineEntry> withAmount =
                capex.stream().filter(e -> e.amountUsd() != null).toList();
        TreeSet<String> periods =
                new TreeSet<>(withAmount.stream().map(MoneyCharts::period).toList());
        ObjectNode option = base("Capital expenditure, USD billions (by period)");
        ((ObjectNode) option.get("title"))
                .put("subtext", "solid: reported · hollow, dashed: guidance · pale: not stated");
        ((ObjectNode) option.get("grid")).put("top", 60);
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        periods.forEach(x.putArray("data")::add);
        option.putObject("yAxis").put("type", "value").put("name", "USD bn");
        ArrayNode series = option.putArray("series");
        Subjects subjects =
                Subjects.of(withAmount.stream().map(TimelineEntry::subject).toList());
        Map<String, List<TimelineEntry>> bySeries = withAmount.stream()
                .collect(Collectors.groupingBy(
                        e -> capexSeries(e, subjects.shown(e.subject())), TreeMap::new, Collectors.toList()));
        bySeries.forEach((name, entries) -> {
            TimelineEntry first = entries.get(0);
            String colour = Chart.colourOf(first.subject());
            ObjectNode s =
                    series.addObject().put("name", name).put("type", "bar").put("stack", name);
            styleByBasis(s.putObject("itemStyle"), first.detail(), colour);
            ArrayNode data = s.putArray("data");
            for (String period : periods) {
                entries.stream()
                        .filter(e -> period(e).equals(period))
                        .findFirst()
                        .ifPresentOrElse(e -> data.add(item(e, billions(e.amountUsd()))), () -> data.addNull());
            }
            if (entries.stream().anyMatch(e -> e.amountUsdHigh() != null)) {
                // Same name: one legend entry; same stack: the extension sits on the low end.
                ObjectNode range =
                        series.addObject().put("name", name).put("type", "bar").put("stack", name);
                range.putObject("itemStyle")
                        .put("color", colour)
                        .put("opacity", 0.3)
                        .put("borderColor", colour)
                        .put("borderWidth", 1)
                        .put("borderType", "dashed");
                ArrayNode rangeData = range.putArray("data");
                for (String period : periods) {
                    entries.stream()
                            .filter(e -> period(e).equals(period) && e.amountUsdHigh() != null)
                            .findFirst()
                            .ifPresentOrElse(
                                    e -> rangeData.add(
                                            item(e, billions(e.amountUsdHigh()).subtract(billions(e.amountUsd())))),
                                    () -> rangeData.addNull());
                }
            }
        });
        return option;
    }

    /** "Microsoft · guidance", "Microsoft · reported", or the company alone when the text says neither. */
    static String capexSeries(TimelineEntry e) {
        return capexSeries(e, e.subject());
    }

    private static String capexSeries(TimelineEntry e, String subject) {
        return e.detail() == null || e.detail().isBlank() ? subject : subject + " · " + e.detail();
    }

    private static void styleByBasis(ObjectNode style, @Nullable String basis, String colour) {
        if ("guidance".equals(basis)) {
            style.put("color", "rgba(255,255,255,0)")
                    .put("borderColor", colour)
                    .put("borderWidth", 2)
                    .put("borderType", "dashed");
        } else {
            style.put("color", colour).put("opacity", "reported".equals(basis) ? 1 : 0.45);
        }
    }

    /**
     * Money over time, one series per company and kind ("Anthropic · valuation"); forecasts are
     * drawn as hollow points with a dashed outline, so they are never mistaken for rounds or
     * reported figures.
     */
    public static ObjectNode overTime(List<TimelineEntry> entries, String title) {
        ObjectNode option = base(title);
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        Chart.dayAxis(option.putObject("xAxis"));
        option.putObject("yAxis").put("type", "log").put("name", "USD bn").put("logBase", 10);
        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside");
        ArrayNode series = option.putArray("series");
        List<TimelineEntry> withAmount =
                entries.stream().filter(e -> e.amountUsd() != null).toList();
        Subjects subjects =
                Subjects.of(withAmount.stream().map(TimelineEntry::subject).toList());
        Map<String, List<TimelineEntry>> groups = withAmount.stream()
                .collect(Collectors.groupingBy(
                        e -> subjects.shown(e.subject()) + " · " + kind(e), TreeMap::new, Collectors.toList()));
        groups.forEach((name, group) -> {
            boolean forecast = isForecast(group.get(0));
            String colour = Chart.colourOf(group.get(0).subject());
            ObjectNode s =
                    series.addObject().put("name", name).put("type", "line").put("symbolSize", 10);
            s.put("symbol", forecast ? "emptyCircle" : "circle");
            s.putObject("lineStyle").put("type", forecast ? "dashed" : "solid").put("color", colour);
            s.putObject("itemStyle").put("color", colour);
            ArrayNode data = s.putArray("data");
            List<TimelineEntry> sorted = group.stream()
                    .sorted(Comparator.comparing(TimelineEntry::reportedOn))
                    .toList();
            sorted.forEach(e -> {
                ObjectNode item = item(e, billions(e.amountUsd()));
                item.putArray("value").add(e.reportedOn().toString()).add(billions(e.amountUsd()));
                data.add(item);
            });
            if (sorted.stream().anyMatch(e -> e.amountUsdHigh() != null)) {
                // A range is drawn as a vertical bar from its low end to its high end.
                ObjectNode bars = series.addObject()
                        .put("name", name)
                        .put("type", "line")
                        .put("symbolSize", 6)
                        .put("symbol", "rect")
                        .put("connectNulls", false);
                bars.putObject("lineStyle").put("color", colour).put("width", 6).put("opacity", 0.35);
                bars.putObject("itemStyle").put("color", colour);
                ArrayNode rangeData = bars.putArray("data");
                sorted.stream().filter(e -> e.amountUsdHigh() != null).forEach(e -> {
                    ObjectNode low = item(e, billions(e.amountUsd()));
                    low.putArray("value").add(e.reportedOn().toString()).add(billions(e.amountUsd()));
                    ObjectNode high = item(e, billions(e.amountUsdHigh()));
                    high.putArray("value").add(e.reportedOn().toString()).add(billions(e.amountUsdHigh()));
                    rangeData.add(low).add(high).addNull();
                });
            }
        });
        return option;
    }

    /** "valuation (forecast)", "funding", "revenue (ARR)". */
    static String kind(TimelineEntry e) {
        String kind = e.type().label().toLowerCase(Locale.ROOT);
        return e.detail() == null || e.detail().isBlank() ? kind : kind + " (" + e.detail() + ")";
    }

    static boolean isForecast(TimelineEntry e) {
        return e.detail() != null && e.detail().toLowerCase(Locale.ROOT).contains("forecast");
    }

    private static String period(TimelineEntry e) {
        return e.period() == null ? e.reportedOn().getYear() + " (report date)" : e.period();
    }

    private static ObjectNode item(TimelineEntry e, BigDecimal value) {
        ObjectNode item = JSON.createObjectNode().put("id", e.eventId()).put("value", value);
        item.put(
                "tip",
                Chart.escape(e.subject() + " · " + kind(e)) + "<br>" + Chart.escape(e.figure())
                        + (e.period() == null ? "" : " for " + Chart.escape(e.period())) + " · reported "
                        + e.reportedOn()
                        + (e.speaker() == null ? "" : "<br>said by " + Chart.escape(e.speaker()))
                        + "<br>" + Chart.sourceLine(e.quote()));
        return item;
    }

    private static ObjectNode base(String title) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
                .put("text", title)
                .put("left", "center")
                .putObject("textStyle")
                .put("fontSize", 14);
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("grid").put("left", 60).put("right", 30).put("top", 40).put("bottom", 60);
        return option;
    }

    private static BigDecimal billions(BigDecimal usd) {
        return usd.divide(BILLION, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
