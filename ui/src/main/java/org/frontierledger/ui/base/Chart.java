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

/**
 * An Apache ECharts chart. The option is built on the server as JSON; text shown in tooltips
 * ({@code tip} of a data item) must be escaped with {@link #escape}. Open-source only: ECharts comes
 * from its WebJar and a small custom element of ours ({@code js/ledger-chart.js}).
 */
@Tag("ledger-chart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://js/ledger-chart.js")
public class Chart extends Component implements HasSize {

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
