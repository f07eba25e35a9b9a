package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What a registration in progress leaves in Redis: nothing a reader of Redis could use. */
class RegistrationPrivacyChatTest extends PortalTestSupport {


    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;

    private Region village;

    @BeforeEach
    void regions() {
        int n = nextRegionNumber();
        String p = String.format("6%03d00", n);
        regions.create(p, "私密州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "私密县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "私密镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "私密村" + n, township.getCode(), 0);
    }

    @Test
    void dialogStateInRedisHoldsNoNameIdNumberOrPhoneInClear() {
        String openid = newOpenid();
        ChineseIdNumber id = randomIdNumber();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        say(openid, "实名登记");
        say(openid, "欧阳秘密");
        say(openid, id.value());
        assertThat(say(openid, phone).content()).contains("第4步");

        String raw = redis.opsForValue().get(keys.key("{" + APPID + ":" + openid + "}", "dialog"));
        assertThat(raw).as("the dialog state is kept while the registration goes on").isNotBlank();
        assertThat(raw).doesNotContain(id.value()).doesNotContain(id.value().substring(6, 14))
                .doesNotContain(phone).doesNotContain(phone.substring(3)).doesNotContain("欧阳秘密")
                .doesNotContain("register").startsWith("v1:");

        // Sealed state is still the worker's registration: it finishes as before.
        say(openid, village.getName());
        say(openid, "2");
        say(openid, "5");
        assertThat(say(openid, "0").content()).contains("登记好了").contains("欧阳秘密");
        assertThat(workers.findByIdNumber(id.value())).isPresent();
    }

    @Test
    void tamperedDialogStateStartsAfreshInsteadOfFailing() {
        String openid = newOpenid();
        say(openid, "实名登记");
        say(openid, "欧阳改动");
        String key = keys.key("{" + APPID + ":" + openid + "}", "dialog");
        String raw = redis.opsForValue().get(key);
        char last = raw.charAt(raw.length() - 2);
        redis.opsForValue().set(key, raw.substring(0, raw.length() - 2) + (last == 'A' ? 'B' : 'A') + raw.charAt(raw.length() - 1));
        assertThat(say(openid, randomIdNumber().value()).content()).doesNotContain("第3步").doesNotContain("出了点问题");
    }
}
