package org.frontierledger.ui.figures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.ingestion.EntityNames;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;

/** Valuations, funding and revenue per company over time; forecasts drawn hollow and dashed. */
@Route("valuations")
@PageTitle("Valuations, funding, revenue · Frontier Ledger")
@PermitAll
public class ValuationsView extends FiguresView {
    public ValuationsView(TimelineQueries timeline, EventOrigins origins, EntityNames names) {
        super(
                timeline,
                origins,
                names,
                "Valuations, funding and revenue",
                Set.of(MarketEventType.VALUATION, MarketEventType.FUNDING, MarketEventType.REVENUE));
    }

    @Override
    ObjectNode chartOf(List<TimelineEntry> entries) {
        return MoneyCharts.overTime(entries, "USD billions over time (hollow, dashed: forecasts)");
    }

    @Override
    String emptyText() {
        return "No valuations, rounds or revenue figures yet: ingest funding news or earnings notes.";
    }
}
