package org.frontierledger.eventstore.event;

import java.time.Duration;

/** What a subscribed source is, which decides how a run reads it and how often by default. */
public enum SourceKind {
    /** An RSS 2.0 or Atom feed: each new entry's link is fetched and ingested. */
    FEED(Duration.ofHours(1)),
    /** A single page watched for changes: a changed main text is ingested as a revision. */
    PAGE(Duration.ofDays(1)),
    /** A folder on the server's disk: new or changed readable files are ingested. */
    FOLDER(Duration.ofHours(1));

    private final Duration defaultInterval;

    SourceKind(Duration defaultInterval) {
        this.defaultInterval = defaultInterval;
    }

    /** How often a source of this kind is read unless its subscription says otherwise. */
    public Duration defaultInterval() {
        return defaultInterval;
    }
}
