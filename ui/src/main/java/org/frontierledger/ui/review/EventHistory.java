package org.frontierledger.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.projections.timeline.CurationRecord;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/** A market event's trail: when it was recorded, then every analyst decision, oldest first. */
public class EventHistory extends Div {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final UnorderedList items = new UnorderedList();

    public EventHistory() {
        addClassName("event-history");
        add(new H4("History"), items);
    }

    /** Shows the trail of this entry. */
    public void show(TimelineEntry entry, List<CurationRecord> records) {
        show(entry, records, null);
    }

    /** Shows the trail of this entry, its first line saying how it was found (rule and extractor version). */
    public void show(TimelineEntry entry, List<CurationRecord> records, @Nullable Provenance provenance) {
        items.removeAll();
        items.add(new ListItem(TIME.format(entry.recordedAt()) + " · extracted from the document, reported "
                + entry.reportedOn() + (provenance == null ? "" : " · " + EventOrigins.describe(provenance))));
        for (CurationRecord record : records) {
            StringBuilder text = new StringBuilder(TIME.format(record.at()))
                    .append(" · ")
                    .append(record.action().name().toLowerCase())
                    .append(" by ")
                    .append(record.curator());
            if (record.changes() != null) {
                text.append(" · ").append(FieldLabels.changes(record.changes()));
            }
            if (record.reason() != null) {
                text.append(" · why: ").append(record.reason());
            }
            items.add(new ListItem(text.toString()));
        }
    }
}
