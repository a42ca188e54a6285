package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void ourOwnGroupWinsOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /

                User-agent: frontierledger
                Disallow: /private
                """, "FrontierLedger");

        assertThat(rules.allows("/news/today.html")).isTrue();
        assertThat(rules.allows("/private/notes")).isFalse();
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /shop
                Allow: /shop/pricing
                Disallow: /*.pdf$
                Allow: /same
                Disallow: /same
                """, "FrontierLedger");

        assertThat(rules.allows("/shop/cart")).isFalse();
        assertThat(rules.allows("/shop/pricing/api")).isTrue();
        assertThat(rules.allows("/docs/report.pdf")).isFalse();
        assertThat(rules.allows("/docs/report.pdf?x=1")).isTrue();
        assertThat(rules.allows("/same")).isTrue();
    }

    @Test
    void agentsListedTogetherShareTheirRulesAndCommentsAreIgnored() {
        RobotsRules rules = RobotsRules.parse("""
                # crawlers we know
                User-agent: OtherBot
                User-agent: FrontierLedger   # us
                Disallow: /drafts # not yet
                Disallow:
                """, "FrontierLedger");

        assertThat(rules.allows("/drafts/1")).isFalse();
        assertThat(rules.allows("/published/1")).isTrue();
    }

    @Test
    void noGroupForUsMeansEverythingIsAllowed() {
        RobotsRules rules = RobotsRules.parse("User-agent: OtherBot\nDisallow: /\n", "FrontierLedger");

        assertThat(rules.allows("/")).isTrue();
        assertThat(RobotsRules.DISALLOW_ALL.allows("/anything")).isFalse();
        assertThat(RobotsRules.DISALLOW_ALL.allows("/robots.txt")).isTrue();
    }
}
