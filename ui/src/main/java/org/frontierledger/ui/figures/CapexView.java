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

/**
 * Capital expenditure by company and period, guidance drawn apart from amounts reported spent;
 * combined figures stay combined.
 */
@Route("capex")
@PageTitle("Capex · Frontier Ledger")
@PermitAll
public class CapexView extends FiguresView {
    public CapexView(TimelineQueries timeline, EventOrigins origins, EntityNames names) {
        super(
                timeline,
                origins,
                names,
                "Capital expenditure",
                Set.of(MarketEventType.CAPEX, MarketEventType.COMPUTE_COMMITMENT));
    }

    @Override
    ObjectNode chartOf(List<TimelineEntry> entries) {
        return MoneyCharts.capexBars(
                entries.stream().filter(e -> e.type() == MarketEventType.CAPEX).toList());
    }

    @Override
    String detailHeader() {
        return "Basis";
    }

    /** Guidance or reported for capex ("not stated" when the text says neither); the counterparty of a commitment. */
    @Override
    String detailOf(TimelineEntry e) {
        if (e.type() == MarketEventType.CAPEX) {
            return e.detail() == null ? "not stated" : e.detail();
        }
        return e.detail() == null ? "" : "with " + e.detail();
    }

    @Override
    String emptyText() {
        return "No capex figures yet: ingest earnings-call notes or news on data-center spending.";
    }
}
