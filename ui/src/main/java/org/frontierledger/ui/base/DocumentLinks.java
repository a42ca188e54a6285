package org.frontierledger.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.frontierledger.ui.sources.DocumentView;

/** Links from a figure or claim to its sentence, shown in its document. */
public final class DocumentLinks {
    private DocumentLinks() {}

    /** A link to the document with the text between the offsets highlighted. */
    public static Anchor toSentence(String label, String documentId, int start, int end) {
        return anchor(
                label,
                documentId,
                QueryParameters.simple(Map.of("start", String.valueOf(start), "end", String.valueOf(end))));
    }

    /** A link to the document with the first occurrence of {@code quote} highlighted. */
    public static Anchor toQuote(String label, String documentId, String quote) {
        return anchor(label, documentId, QueryParameters.simple(Map.of("quote", quote)));
    }

    /** A link to the document. */
    public static Anchor toDocument(String label, String documentId) {
        return anchor(label, documentId, QueryParameters.empty());
    }

    private static Anchor anchor(String label, String documentId, QueryParameters query) {
        String path = RouteConfiguration.forSessionScope()
                .getUrl(DocumentView.class, new RouteParameters(DocumentView.ID, documentId));
        String queryString = query.getQueryString();
        return new Anchor(queryString.isEmpty() ? path : path + "?" + queryString, label);
    }
}
