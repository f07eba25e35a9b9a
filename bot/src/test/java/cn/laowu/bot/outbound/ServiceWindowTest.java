package cn.laowu.bot.outbound;

import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.ValueOperations;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The window is written once per follower and half hour, not on every message of a dialog. */
class ServiceWindowTest {

    @SuppressWarnings("unchecked")
    private final ValueOperations<String, String> values = mock(ValueOperations.class);
    private final StringRedisTemplate redis = mock(StringRedisTemplate.class);
    private final FollowerService followers = mock(FollowerService.class);
    private final ServiceWindow windows;

    ServiceWindowTest() {
        when(redis.opsForValue()).thenReturn(values);
        windows = new ServiceWindow(redis, new RedisKeys("t:"), followers,
                Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aDialogsMessagesWriteTheWindowOnce() {
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o2");
        verify(redis, times(1)).execute(any(RedisScript.class), eq(List.of("t:window:wxa:o1")), any(Object[].class));
        verify(redis, times(1)).execute(any(RedisScript.class), eq(List.of("t:window:wxa:o2")), any(Object[].class));
        verify(followers, times(1)).wrote("wxa", "o1", ServiceWindow.STAMP_EVERY);
    }

    @Test
    void aStampRedisCallsRecentSparesTheDatabase() {
        when(redis.execute(any(RedisScript.class), eq(List.of("t:window:wxa:o3")), any(Object[].class))).thenReturn(1L);
        windows.opened("wxa", "o3");
        verify(followers, never()).wrote(anyString(), anyString(), any(Duration.class));
    }

    @Test
    void withoutRedisTheDatabaseIsStamped() {
        when(redis.execute(any(RedisScript.class), anyList(), any(Object[].class)))
                .thenThrow(new RedisConnectionFailureException("down"));
        windows.opened("wxa", "o4");
        verify(followers, times(1)).wrote("wxa", "o4", ServiceWindow.STAMP_EVERY);
    }

    @Test
    void aWindowWeChatClosedIsWrittenAgainOnTheNextMessage() {
        windows.opened("wxa", "o1");
        windows.closed("wxa", "o1");
        windows.opened("wxa", "o1");
        verify(values, times(1)).set("t:window:wxa:o1", "closed", ServiceWindow.OPEN_FOR);
        verify(redis, times(2)).execute(any(RedisScript.class), eq(List.of("t:window:wxa:o1")), any(Object[].class));
    }
}
