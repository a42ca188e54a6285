package org.frontierledger.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.frontierledger.export.DigestFormat;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class DigestPropertiesTest {

    @Test
    void defaultScheduleIsMondayAtSixInTheMorning() {
        CronExpression cron = CronExpression.parse(DigestProperties.DEFAULT_SCHEDULE);

        assertThat(cron.next(LocalDateTime.of(2026, 5, 6, 12, 0))).isEqualTo(LocalDateTime.of(2026, 5, 11, 6, 0));
        assertThat(cron.next(LocalDateTime.of(2026, 5, 11, 6, 0))).isEqualTo(LocalDateTime.of(2026, 5, 18, 6, 0));
    }

    @Test
    void formatsParseByExtensionWithAClearMessageOtherwise() {
        assertThat(DigestFormat.parse("PDF")).isEqualTo(DigestFormat.PDF);
        assertThat(DigestFormat.parse("markdown")).isEqualTo(DigestFormat.MD);
        Assertions.assertThatThrownBy(() -> DigestFormat.parse("docx"))
                .hasMessage("unknown digest format 'docx'; use one of md, html, pdf, csv, json");
    }
}
