package org.frontierledger.ingestion.internal.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.internal.fetch.FetchedPage;
import org.frontierledger.ingestion.internal.fetch.HttpFetcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME, which detects the format and the XML
 * encoding itself. ROME refuses DOCTYPE declarations by default, so a feed cannot pull in external
 * entities (XXE). Entry links are resolved against the feed's URL; links other than http(s) are
 * dropped.
 */
public final class FeedReader {
    private static final Pattern FEED_START =
            Pattern.compile("(?s)^\\uFEFF?\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rss|feed|rdf:RDF)[\\s>]");

    private FeedReader() {}

    /** True when the page is a feed: by its media type, or by its first element when the type is vague. */
    public static boolean isFeed(FetchedPage page) {
        String type = page.contentType();
        if (type.equals("application/rss+xml")
                || type.equals("application/atom+xml")
                || type.equals("application/rdf+xml")) {
            return true;
        }
        String start = page.body().substring(0, Math.min(page.body().length(), 2_000));
        return (HttpFetcher.FEED_TYPES.contains(type) || type.startsWith("text/"))
                && FEED_START.matcher(start).find();
    }

    /** Reads the feed; throws {@link IngestException} saying why when it is not a readable feed. */
    public static Feed read(FetchedPage page) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(page.bytes())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IngestException(page.url() + ": not a readable RSS or Atom feed (" + e.getMessage() + ")", e);
        }
        Map<String, FeedEntry> entries = new LinkedHashMap<>();
        List<SyndEntry> oldestFirst = new ArrayList<>(feed.getEntries());
        if (isNewestFirst(oldestFirst)) {
            Collections.reverse(oldestFirst);
        }
        for (SyndEntry entry : oldestFirst) {
            FeedEntry read = entry(page.url(), entry);
            if (read != null) {
                entries.putIfAbsent(read.key(), read);
            }
        }
        String title = feed.getTitle() == null || feed.getTitle().isBlank()
                ? page.url().toString()
                : feed.getTitle().trim();
        return new Feed(title, List.copyOf(entries.values()));
    }

    private static @Nullable FeedEntry entry(URI base, SyndEntry entry) {
        URI link = link(base, entry.getLink());
        String content = content(entry);
        String key = link != null ? link.toString() : entry.getUri();
        if (key == null || key.isBlank() || (link == null && content == null)) {
            return null;
        }
        String title = entry.getTitle() == null || entry.getTitle().isBlank()
                ? key
                : entry.getTitle().trim();
        return new FeedEntry(key, link, title, content);
    }

    private static @Nullable URI link(URI base, @Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(new URI(link.trim()));
            String scheme =
                    resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? resolved : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        SyndContent description = entry.getDescription();
        return description == null
                        || description.getValue() == null
                        || description.getValue().isBlank()
                ? null
                : description.getValue();
    }

    private static boolean isNewestFirst(List<SyndEntry> entries) {
        if (entries.size() < 2) {
            return false;
        }
        Date first = date(entries.getFirst());
        Date last = date(entries.getLast());
        return first != null && last != null && first.after(last);
    }

    private static @Nullable Date date(SyndEntry entry) {
        return entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    }
}
