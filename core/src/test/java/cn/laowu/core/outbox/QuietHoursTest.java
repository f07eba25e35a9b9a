package cn.laowu.core.outbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void nightsAcrossMidnightAreQuietInChinaTime() {
        // 14:00 UTC is 22:00 in Beijing; 22:59 UTC is 06:59; 23:00 UTC is 07:00.
        assertThat(night.isQuiet(Instant.parse("2026-11-26T13:59:00Z"))).isFalse();
        assertThat(night.isQuiet(Instant.parse("2026-11-26T14:00:00Z"))).isTrue();
        assertThat(night.isQuiet(Instant.parse("2026-11-26T18:00:00Z"))).isTrue();
        assertThat(night.isQuiet(Instant.parse("2026-11-26T22:59:00Z"))).isTrue();
        assertThat(night.isQuiet(Instant.parse("2026-11-26T23:00:00Z"))).isFalse();
    }

    @Test
    void aDaytimeWindowAndAnEmptyOneWorkToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.isQuiet(Instant.parse("2026-11-26T04:30:00Z"))).isTrue();
        assertThat(lunch.isQuiet(Instant.parse("2026-11-26T05:30:00Z"))).isFalse();
        QuietHours never = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(never.isQuiet(Instant.parse("2026-11-26T16:00:00Z"))).isFalse();
    }
}
