package org.frontierledger.ui.base;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.id.EntityKey;

/**
 * An Apache ECharts chart. The option is built on the server as JSON; text shown in tooltips
 * ({@code tip} of a data item) must be escaped with {@link #escape}. Open-source only: ECharts comes
 * from its WebJar and a small custom element of ours ({@code js/ledger-chart.js}).
 */
@Tag("ledger-chart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://js/ledger-chart.js")
public class Chart extends Component implements HasSize {

    /**
     * The colours companies are drawn in: distinguishable, readable on white, none of them the grey
     * of the cheapest-price line.
     */
    static final List<String> PALETTE = List.of(
            "#5470c6", "#3ba272", "#ee6666", "#fc8452", "#9a60b4", "#73c0de", "#d4a017", "#ea7ccc", "#2f4554",
            "#c23531", "#61a0a8", "#8b5a2b", "#4b0082", "#1e90ff", "#6b8e23", "#b8860b");

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    public Chart() {
        setWidthFull();
        setHeight("420px");
        addClassName("ledger-chart");
    }

    /** Shows this ECharts option. */
    public void setOption(ObjectNode option) {
        getElement().setProperty("option", option.toString());
    }

    /** Called with the id of the data item clicked (its {@code id} field), when it has one. */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /**
     * The colour of a company or model in every chart: derived from its {@link EntityKey}, so
     * "Google" is drawn in one colour on the capex, valuation, price and entity charts alike, and
     * "DeepSeek R1" in the colour of "DeepSeek-R1".
     */
    public static String colourOf(String name) {
        return PALETTE.get(Math.floorMod(EntityKey.of(name).hashCode(), PALETTE.size()));
    }

    /**
     * Makes a time axis count in days: labels are ISO dates and ticks never fall between days, so
     * points that share a day are not spread over hours.
     */
    public static ObjectNode dayAxis(ObjectNode axis) {
        axis.put("type", "time").put("minInterval", 86_400_000L);
        axis.putObject("axisLabel").put("formatter", "{yyyy}-{MM}-{dd}").put("hideOverlap", true);
        return axis;
    }

    /**
     * The tooltip line naming where a point comes from: the URL its sentence names, else the
     * sentence itself, shortened to 120 characters; escaped.
     */
    public static String sourceLine(String quote) {
        Matcher url = URL.matcher(quote);
        String source = url.find()
                ? url.group().replaceAll("[,;)]+$", "")
                : "“" + (quote.length() > 120 ? quote.substring(0, 119).strip() + "…" : quote) + "”";
        return "source: " + escape(source);
    }

    /** HTML-escapes text for tooltips. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A click on a data point. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<Chart> {
        private final String pointId;

        public PointClickEvent(Chart source, boolean fromClient, @EventData("event.detail.id") String pointId) {
            super(source, fromClient);
            this.pointId = pointId;
        }

        /** The clicked item's id; empty when it has none. */
        public String pointId() {
            return pointId;
        }
    }
}
