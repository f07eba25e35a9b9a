package cn.laowu.bot.outbound;

import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The window is written once per follower and half hour, not on every message of a dialog. */
class ServiceWindowTest {

    @SuppressWarnings("unchecked")
    private final ValueOperations<String, String> values = mock(ValueOperations.class);
    private final StringRedisTemplate redis = mock(StringRedisTemplate.class);
    private final ServiceWindow windows;

    ServiceWindowTest() {
        when(redis.opsForValue()).thenReturn(values);
        windows = new ServiceWindow(redis, new RedisKeys("t:"));
    }

    @Test
    void aDialogsMessagesWriteTheWindowOnce() {
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o1");
        windows.opened("wxa", "o2");
        verify(values, times(1)).set(eq("t:window:wxa:o1"), eq("1"), any(java.time.Duration.class));
        verify(values, times(1)).set(eq("t:window:wxa:o2"), eq("1"), any(java.time.Duration.class));
    }

    @Test
    void aWindowWeChatClosedIsWrittenAgainOnTheNextMessage() {
        windows.opened("wxa", "o1");
        windows.closed("wxa", "o1");
        windows.opened("wxa", "o1");
        verify(values, times(2)).set(eq("t:window:wxa:o1"), anyString(), any(java.time.Duration.class));
    }
}
