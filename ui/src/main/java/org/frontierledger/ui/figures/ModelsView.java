package org.frontierledger.ui.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.ingestion.EntityNames;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.Chart;

/** Model releases on a timeline, one row per developer; open weights and licence where known. */
@Route("models")
@PageTitle("Models · Frontier Ledger")
@PermitAll
public class ModelsView extends FiguresView {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelsView(TimelineQueries timeline, EventOrigins origins, EntityNames names) {
        super(timeline, origins, names, "Model releases", Set.of(MarketEventType.MODEL_RELEASE));
    }

    @Override
    ObjectNode chartOf(List<TimelineEntry> entries) {
        TreeSet<String> developers =
                new TreeSet<>(entries.stream().map(ModelsView::developer).toList());
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item").put("useTip", true);
        option.putObject("grid")
                .put("left", 120)
                .put("right", 30)
                .put("top", 20)
                .put("bottom", 40);
        Chart.dayAxis(option.putObject("xAxis"));
        ObjectNode y = option.putObject("yAxis").put("type", "category");
        developers.forEach(y.putArray("data")::add);
        ArrayNode series = option.putArray("series");
        for (boolean open : new boolean[] {true, false}) {
            ObjectNode s = series.addObject()
                    .put("name", open ? "open weights" : "closed or unknown")
                    .put("type", "scatter")
                    .put("symbolSize", 12)
                    .put("symbol", open ? "circle" : "diamond");
            ArrayNode data = s.putArray("data");
            entries.stream()
                    .filter(e -> e.figure().equals("open weights") == open)
                    .forEach(e -> {
                        ObjectNode item = data.addObject().put("id", e.eventId());
                        item.putObject("itemStyle").put("color", Chart.colourOf(developer(e)));
                        item.putArray("value").add(e.reportedOn().toString()).add(developer(e));
                        item.put(
                                "tip",
                                Chart.escape(e.subject() + " · " + developer(e)) + "<br>" + e.figure()
                                        + (e.detail() == null ? "" : " · licence " + Chart.escape(e.detail()))
                                        + "<br>reported "
                                        + e.reportedOn() + "<br>" + Chart.sourceLine(e.quote()));
                    });
        }
        option.putObject("legend").put("bottom", 0);
        return option;
    }

    private static String developer(TimelineEntry e) {
        return e.org() == null ? "unknown developer" : e.org();
    }

    @Override
    String emptyText() {
        return "No model releases yet.";
    }
}
