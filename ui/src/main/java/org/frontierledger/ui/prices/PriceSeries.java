package org.frontierledger.ui.prices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Chart;

/**
 * Builds the ECharts option of the price chart from price events: one scatter series per company,
 * and a step line of the cheapest price listed so far. Pure: no Vaadin, no database.
 */
public final class PriceSeries {
    static final String CHEAPEST = "Cheapest listed so far";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PriceSeries() {}

    /** The points that have this measure, oldest first. */
    public static List<TimelineEntry> points(List<TimelineEntry> prices, PriceMeasure measure) {
        return prices.stream().filter(e -> measure.of(e) != null)
                .sorted(Comparator.comparing(TimelineEntry::reportedOn).thenComparing(TimelineEntry::eventId))
                .toList();
    }

    /** The chart option: log or linear y axis, zoom, tooltips naming model, provider, date, price and source. */
    public static ObjectNode option(List<TimelineEntry> prices, PriceMeasure measure, boolean logScale) {
        List<TimelineEntry> points = points(prices, measure);
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", "USD per 1M tokens · " + measure.label())
                .put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("grid").put("left", 60).put("right", 30).put("top", 40).put("bottom", 80);
        option.putObject("xAxis").put("type", "time");
        ObjectNode y = option.putObject("yAxis").put("type", logScale ? "log" : "value").put("name", "USD / 1M");
        if (logScale) {
            y.put("logBase", 10);
        }
        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside");
        zoom.addObject().put("type", "slider").put("bottom", 30);
        ArrayNode series = option.putArray("series");
        Map<String, List<TimelineEntry>> byCompany = points.stream().collect(Collectors.groupingBy(
                e -> e.org() == null ? "Unknown" : e.org(), TreeMap::new, Collectors.toList()));
        byCompany.forEach((company, entries) -> {
            ObjectNode s = series.addObject().put("name", company).put("type", "scatter").put("symbolSize", 9);
            ArrayNode data = s.putArray("data");
            entries.forEach(e -> point(data, e, measure));
        });
        series.add(cheapestLine(points, measure));
        return option;
    }

    private static void point(ArrayNode data, TimelineEntry e, PriceMeasure measure) {
        BigDecimal value = measure.of(e);
        ObjectNode item = data.addObject().put("id", e.eventId());
        item.putArray("value").add(e.reportedOn().toString()).add(value);
        item.put("tip", Chart.escape(name(e)) + "<br>" + e.reportedOn() + " · $" + value.toPlainString()
                + " per 1M tokens (" + Chart.escape(measure.label()) + ")<br>source: "
                + Chart.escape(source(e)));
    }

    private static ObjectNode cheapestLine(List<TimelineEntry> points, PriceMeasure measure) {
        ObjectNode line = JSON.createObjectNode().put("name", CHEAPEST).put("type", "line").put("step", "end")
                .put("showSymbol", false);
        ArrayNode data = line.putArray("data");
        BigDecimal cheapest = null;
        for (TimelineEntry e : points) {
            BigDecimal value = measure.of(e);
            if (cheapest == null || value.compareTo(cheapest) < 0) {
                cheapest = value;
                ObjectNode item = data.addObject().put("id", e.eventId());
                item.putArray("value").add(e.reportedOn().toString()).add(cheapest);
                item.put("tip", "Cheapest listed so far: " + Chart.escape(name(e)) + "<br>" + e.reportedOn()
                        + " · $" + cheapest.toPlainString() + " per 1M tokens");
            }
        }
        return line;
    }

    /** "Model (Org) via Provider". */
    static String name(TimelineEntry e) {
        String model = e.model() == null ? e.subject() : e.model();
        String org = e.org() == null ? "" : " (" + e.org() + ")";
        String provider = e.provider() == null || e.provider().equals(e.org()) ? "" : " via " + e.provider();
        return model + org + provider;
    }

    /** The URL named in the point's source line, else its quote. */
    static String source(TimelineEntry e) {
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?://\\S+").matcher(e.quote());
        return url.find() ? url.group().replaceAll("[,;)]+$", "") : e.quote();
    }
}
