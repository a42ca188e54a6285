package org.frontierledger.eventstore.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.frontierledger.eventstore.event.CapexReported;

/**
 * Upcasts {@link CapexReported} from revision 1 to revision 2. Revision 2 added {@code basis}
 * (guidance or reported, where the sentence says); a revision-1 event was extracted before the
 * extractor looked for it, so its basis is unknown: null, not a guess. Works on the Jackson
 * serializer's JSON tree, so old stores load without re-writing a row.
 */
final class CapexReportedUpcaster extends SingleEventUpcaster {
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CapexReported.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(CapexReported.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, CapexReportedUpcaster::withUnknownBasis);
    }

    static JsonNode withUnknownBasis(JsonNode revision1) {
        ObjectNode revision2 = (ObjectNode) revision1.deepCopy();
        revision2.putNull("basis");
        return revision2;
    }
}
