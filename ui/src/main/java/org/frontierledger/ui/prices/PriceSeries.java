package org.frontierledger.ui.prices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Chart;
import org.frontierledger.ui.base.Subjects;

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
        return prices.stream()
                .filter(e -> measure.of(e) != null)
                .sorted(Comparator.comparing(TimelineEntry::reportedOn).thenComparing(TimelineEntry::eventId))
                .toList();
    }

    /** The chart option: log or linear y axis, zoom, tooltips naming model, provider, date, price and source. */
    public static ObjectNode option(List<TimelineEntry> prices, PriceMeasure measure, boolean logScale) {
        List<TimelineEntry> points = points(prices, measure);
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
                .put("text", "USD per 1M tokens · " + measure.label())
                .put("left", "center")
                .putObject("textStyle")
                .put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("grid").put("left", 60).put("right", 30).put("top", 40).put("bottom", 80);
        Chart.dayAxis(option.putObject("xAxis"));
        ObjectNode y = option.putObject("yAxis")
                .put("type", logScale ? "log" : "value")
                .put("name", "USD / 1M");
        if (logScale) {
            y.put("logBase", 10);
        }
        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside");
        zoom.addObject().put("type", "slider").put("bottom", 30);
        ArrayNode series = option.putArray("series");
        Map<String, List<TimelineEntry>> byCompany = Subjects.group(points, TimelineEntry::org, "Unknown");
        byCompany.forEach((company, entries) -> {
            ObjectNode s = series.addObject()
                    .put("name", company)
                    .put("type", "scatter")
                    .put("symbolSize", 9);
            s.putObject("itemStyle").put("color", Chart.colourOf(company));
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
        item.put(
                "tip",
                Chart.escape(name(e)) + "<br>" + e.reportedOn() + " · $" + money(value)
                        + " per 1M tokens (" + Chart.escape(measure.label()) + ")<br>source: "
                        + Chart.escape(source(e)));
    }

    private static ObjectNode cheapestLine(List<TimelineEntry> points, PriceMeasure measure) {
        ObjectNode line = JSON.createObjectNode()
                .put("name", CHEAPEST)
                .put("type", "line")
                .put("step", "end")
                .put("showSymbol", false);
        ArrayNode data = line.putArray("data");
        line.putObject("itemStyle").put("color", "#888888");
        line.putObject("lineStyle").put("color", "#888888");
        BigDecimal cheapest = null;
        TimelineEntry holder = null;
        for (TimelineEntry e : points) {
            BigDecimal value = measure.of(e);
            if (cheapest == null || value.compareTo(cheapest) < 0) {
                cheapest = value;
                holder = e;
                cheapestPoint(data, e, e, cheapest);
            }
        }
        TimelineEntry last = points.isEmpty() ? null : points.getLast();
        if (holder != null && last.reportedOn().isAfter(holder.reportedOn())) {
            // The step runs on to the last point: the cheapest so far is still the cheapest then.
            cheapestPoint(data, last, holder, cheapest);
        }
        return line;
    }

    private static void cheapestPoint(ArrayNode data, TimelineEntry at, TimelineEntry holder, BigDecimal cheapest) {
        ObjectNode item = data.addObject().put("id", holder.eventId());
        item.putArray("value").add(at.reportedOn().toString()).add(cheapest);
        item.put(
                "tip",
                "Cheapest listed so far: " + Chart.escape(name(holder)) + "<br>" + at.reportedOn()
                        + " · $" + money(cheapest) + " per 1M tokens (listed " + holder.reportedOn() + ")<br>source: "
                        + Chart.escape(source(holder)));
    }

    /** Dollars with cents: "0.80", "2.50", "15.00"; more digits only when the price has them ("0.075"). */
    static String money(BigDecimal value) {
        return value.scale() <= 2
                ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : value.stripTrailingZeros().toPlainString();
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
        Matcher url = Pattern.compile("https?://\\S+").matcher(e.quote());
        return url.find() ? url.group().replaceAll("[,;)]+$", "") : e.quote();
    }
}
