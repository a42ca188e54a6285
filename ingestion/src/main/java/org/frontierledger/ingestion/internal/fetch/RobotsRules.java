package org.frontierledger.ingestion.internal.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler, read by crawler-commons' {@link SimpleRobotRulesParser}
 * as RFC 9309 says: the groups naming our product token (case-insensitively) apply, else the
 * {@code *} groups, else nothing is disallowed; the longest matching rule wins, and {@code allow}
 * wins a tie. {@code *} matches any characters and a final {@code $} anchors the end. Immutable.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    static final RobotsRules DISALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

    /** Rules are matched on the path and query alone; this stands in for the origin they came from. */
    private static final String ORIGIN = "http://robots.invalid";

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** The rules of {@code body} that apply to the crawler called {@code productToken}. */
    static RobotsRules parse(String body, String productToken) {
        // a parser per call: it counts warnings as it goes, so it is not to be shared between threads
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        parser.setExactUserAgentMatching(true);
        return new RobotsRules(parser.parseContent(
                ORIGIN + "/robots.txt",
                body.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                List.of(productToken.toLowerCase(Locale.ROOT))));
    }

    /** Whether the path (with its query, if any) may be fetched; robots.txt itself always may. */
    boolean allows(String pathAndQuery) {
        return pathAndQuery.equals("/robots.txt") || rules.isAllowed(ORIGIN + pathAndQuery);
    }
}
