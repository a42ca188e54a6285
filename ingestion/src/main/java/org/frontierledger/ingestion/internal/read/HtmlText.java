package org.frontierledger.ingestion.internal.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Renders an element's text with one line per block element and "- " before each list item. */
final class HtmlText implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();

    private HtmlText() {}

    static String render(Element root) {
        HtmlText visitor = new HtmlText();
        root.traverse(visitor);
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(text.text());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                out.append('\n');
            } else if (tag.equals("li")) {
                out.append("\n- ");
            } else if (HtmlReader.BLOCKS.contains(tag)) {
                out.append('\n');
            } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                out.append(" | ");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && HtmlReader.BLOCKS.contains(element.normalName())) {
            out.append('\n');
        }
    }
}
