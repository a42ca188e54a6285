package org.frontierledger.ingestion.internal.read;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML with jsoup: the main text without navigation, headers, footers, scripts, styles,
 * ads and app banners; block elements become lines and list items "- " bullets.
 */
final class HtmlReader {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String NOISY_NAMES = "(?i)(^|[\\s_-])(ads?|advert\\w*|promo\\w*|sponsor\\w*|newsletter"
            + "|subscribe|cookie\\w*|share|social|related|banner|app-?promo|get-?the-?app|popup|modal|breadcrumbs?)"
            + "($|[\\s_-])";
    private static final Pattern NOISE_LINE = Pattern.compile("(?i)^(-\\s)?((get|download|open|install|try) (the|our)"
            + " (free )?app\\b.*|advertisement|sponsored( content)?|subscribe( now)?|sign up( now)?"
            + "|skip to (main )?content|share (this|on)\\b.*)$");

    private HtmlReader() {}

    static ParsedDocument read(String sourceName, String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        LocalDate date = date(page);
        String show = meta(page, "meta[property=og:site_name]");
        Element root = mainElement(page);
        root.select(CHROME).remove();
        root.select("[class~=" + NOISY_NAMES + "], [id~=" + NOISY_NAMES + "]").remove();
        String text = dropNoise(TextNormaliser.normalise(HtmlText.render(root)));
        if (text.isBlank()) {
            throw new UnreadableDocumentException(sourceName + ": the HTML page holds no readable text");
        }
        return new ParsedDocument(
                title != null ? title : TextNormaliser.firstLine(text),
                text,
                "html",
                date != null ? date : DocumentDates.find(text),
                show != null ? show : ShowNames.find(text));
    }

    private static Element mainElement(Document page) {
        for (String candidate : new String[] {"article", "main", "[role=main]"}) {
            Elements found = page.select(candidate);
            if (found.size() == 1) {
                return found.first();
            }
        }
        return page.body();
    }

    private static @Nullable String title(Document page) {
        String og = meta(page, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        if (!page.title().isBlank()) {
            return page.title().strip();
        }
        Element h1 = page.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
    }

    private static @Nullable LocalDate date(Document page) {
        LocalDate published = DocumentDates.parseIso(meta(
                page,
                "meta[property=article:published_time], meta[name=article:published_time],"
                        + " meta[itemprop=datePublished], meta[name=date], meta[name=pubdate]"));
        if (published != null) {
            return published;
        }
        Element time = page.selectFirst("time[datetime]");
        return time != null ? DocumentDates.parseIso(time.attr("datetime")) : null;
    }

    private static @Nullable String meta(Document page, String query) {
        Element meta = page.selectFirst(query);
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static String dropNoise(String text) {
        return TextNormaliser.normalise(
                text.lines().filter(line -> !NOISE_LINE.matcher(line).matches()).collect(Collectors.joining("\n")));
    }

    /** Tags that start and end a line. */
    static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "figure",
            "figcaption",
            "address",
            "hr",
            "li",
            "details",
            "summary");
}
