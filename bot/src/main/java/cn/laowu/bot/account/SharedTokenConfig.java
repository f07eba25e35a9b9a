package cn.laowu.bot.account;

import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * The account's access token as every instance shares it in Redis, remembered here for one
 * second: WxJava asks for it twice per API call, which at thousands of sends a second would be
 * thousands of Redis reads for one value. A token WeChat refuses is forgotten at once.
 */
final class SharedTokenConfig extends WxMpRedisConfigImpl {

    private static final long REMEMBER_NANOS = 1_000_000_000L;

    private volatile String token;
    private volatile long until;

    SharedTokenConfig(WxRedisOps redisOps, String keyPrefix) {
        super(redisOps, keyPrefix);
    }

    @Override
    public String getAccessToken() {
        String remembered = token;
        if (remembered != null && System.nanoTime() < until) {
            return remembered;
        }
        String fresh = super.getAccessToken();
        token = fresh;
        until = System.nanoTime() + REMEMBER_NANOS;
        return fresh;
    }

    @Override
    public boolean isAccessTokenExpired() {
        return (token == null || System.nanoTime() >= until) && super.isAccessTokenExpired();
    }

    @Override
    public void expireAccessToken() {
        token = null;
        super.expireAccessToken();
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        token = null;
        super.updateAccessToken(accessToken, expiresInSeconds);
    }
}
