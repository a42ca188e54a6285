package org.frontierledger.ui.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Chart;
import org.jspecify.annotations.Nullable;

/** ECharts options for money figures (USD). Pure: no Vaadin, no database. */
public final class MoneyCharts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    /** ECharts' default colours, so a company's bars keep one colour whatever their basis. */
    private static final List<String> PALETTE = List.of("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de",
            "#3ba272", "#fc8452", "#9a60b4", "#ea7ccc");

    private MoneyCharts() {}

    /**
     * Capex as grouped bars: one bar group per period, one bar per company and basis (a combined
     * figure such as "Microsoft, Google, and Amazon" is its own bar, never summed into its members),
     * in USD billions. Reported figures are solid, guidance hollow with a dashed outline, figures
     * whose text says neither pale; a company keeps one colour across its bases.
     */
    public static ObjectNode capexBars(List<TimelineEntry> capex) {
        List<TimelineEntry> withAmount = capex.stream().filter(e -> e.amountUsd() != null).toList();
        TreeSet<String> periods = new TreeSet<>(withAmount.stream().map(MoneyCharts::period).toList());
        ObjectNode option = base("Capital expenditure, USD billions (by period)");
        ((ObjectNode) option.get("title")).put("subtext", "solid: reported · hollow, dashed: guidance · pale: not stated");
        ((ObjectNode) option.get("grid")).put("top", 60);
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        periods.forEach(x.putArray("data")::add);
        option.putObject("yAxis").put("type", "value").put("name", "USD bn");
        ArrayNode series = option.putArray("series");
        List<String> companies = withAmount.stream().map(TimelineEntry::subject).distinct().sorted().toList();
        Map<String, List<TimelineEntry>> bySeries = withAmount.stream()
                .collect(Collectors.groupingBy(MoneyCharts::capexSeries, TreeMap::new, Collectors.toList()));
        bySeries.forEach((name, entries) -> {
            TimelineEntry first = entries.get(0);
            String colour = PALETTE.get(companies.indexOf(first.subject()) % PALETTE.size());
            ObjectNode s = series.addObject().put("name", name).put("type", "bar");
            styleByBasis(s.putObject("itemStyle"), first.detail(), colour);
            ArrayNode data = s.putArray("data");
            for (String period : periods) {
                entries.stream().filter(e -> period(e).equals(period)).findFirst().ifPresentOrElse(
                        e -> data.add(item(e, billions(e.amountUsd()))), () -> data.addNull());
            }
        });
        return option;
    }

    /** "Microsoft · guidance", "Microsoft · reported", or the company alone when the text says neither. */
    static String capexSeries(TimelineEntry e) {
        return e.detail() == null || e.detail().isBlank() ? e.subject() : e.subject() + " · " + e.detail();
    }

    private static void styleByBasis(ObjectNode style, @Nullable String basis, String colour) {
        if ("guidance".equals(basis)) {
            style.put("color", "rgba(255,255,255,0)").put("borderColor", colour).put("borderWidth", 2)
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
        option.putObject("xAxis").put("type", "time");
        option.putObject("yAxis").put("type", "log").put("name", "USD bn").put("logBase", 10);
        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside");
        ArrayNode series = option.putArray("series");
        Map<String, List<TimelineEntry>> groups = entries.stream().filter(e -> e.amountUsd() != null)
                .collect(Collectors.groupingBy(e -> e.subject() + " · " + kind(e), TreeMap::new, Collectors.toList()));
        groups.forEach((name, group) -> {
            boolean forecast = isForecast(group.get(0));
            ObjectNode s = series.addObject().put("name", name).put("type", "line").put("symbolSize", 10);
            s.put("symbol", forecast ? "emptyCircle" : "circle");
            s.putObject("lineStyle").put("type", forecast ? "dashed" : "solid");
            ArrayNode data = s.putArray("data");
            group.stream().sorted(java.util.Comparator.comparing(TimelineEntry::reportedOn)).forEach(e -> {
                ObjectNode item = item(e, billions(e.amountUsd()));
                item.putArray("value").add(e.reportedOn().toString()).add(billions(e.amountUsd()));
                data.add(item);
            });
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
        item.put("tip", Chart.escape(e.subject() + " · " + kind(e)) + "<br>" + Chart.escape(e.figure())
                + (e.period() == null ? "" : " for " + Chart.escape(e.period())) + " · reported " + e.reportedOn()
                + (e.speaker() == null ? "" : "<br>said by " + Chart.escape(e.speaker())));
        return item;
    }

    private static ObjectNode base(String title) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("grid").put("left", 60).put("right", 30).put("top", 40).put("bottom", 60);
        return option;
    }

    private static BigDecimal billions(BigDecimal usd) {
        return usd.divide(BILLION, 3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
