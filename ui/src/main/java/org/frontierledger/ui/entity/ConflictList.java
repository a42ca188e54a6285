package org.frontierledger.ui.entity;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.frontierledger.projections.conflicts.Conflict;
import org.frontierledger.projections.conflicts.ConflictingClaim;
import org.frontierledger.ui.base.DocumentLinks;

/** Figures that disagree, side by side, each with its source and sentence. */
public class ConflictList extends Div {

    public ConflictList() {
        addClassName("conflicts");
    }

    /** Shows these conflicts, or says there are none. */
    public void show(List<Conflict> conflicts) {
        removeAll();
        if (conflicts.isEmpty()) {
            add(new Paragraph("No conflicting figures."));
            return;
        }
        for (Conflict conflict : conflicts) {
            Div box = new Div(new H4(conflict.type().label() + " of " + conflict.subject()
                    + (conflict.period() == null ? "" : " for " + conflict.period()) + " (" + conflict.measure()
                    + "): sources disagree"));
            box.addClassName("conflict");
            UnorderedList claims = new UnorderedList();
            for (ConflictingClaim claim : conflict.claims()) {
                claims.add(new ListItem(
                        new Span(claim.figure() + " · " + claim.documentTitle() + " · " + claim.reportedOn()
                                + (claim.speaker() == null ? "" : " · " + claim.speaker()) + " · "),
                        DocumentLinks.toSentence(
                                "“" + claim.quote() + "”", claim.documentId(), claim.quoteStart(), claim.quoteEnd())));
            }
            box.add(claims);
            add(box);
        }
    }
}
