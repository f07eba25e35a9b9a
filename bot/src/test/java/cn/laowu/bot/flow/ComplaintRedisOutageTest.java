package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.devkit.servers.EmbeddedRedis;
import cn.laowu.devkit.servers.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis goes away in the middle of a complaint, right before "提交": the case is filed in MySQL
 * from the answers kept there, the worker gets the case number; when Redis returns, the dialog it
 * still remembers files nothing twice.
 */
@ContextConfiguration(initializers = ComplaintRedisOutageTest.OwnRedis.class)
// Closed after the class: its Redis goes with it, and its outbox sender must not hold other tests' deliveries.
@DirtiesContext
class ComplaintRedisOutageTest extends PortalTestSupport {

    private static final int REDIS_PORT = FreePort.find();
    private static EmbeddedRedis redis = EmbeddedRedis.start(REDIS_PORT);

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redisTemplate;
    @Autowired
    RedisKeys keys;

    /** This context's Redis is one the test can stop and start again. */
    static class OwnRedis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(redisTheTestControls(REDIS_PORT));
        }
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void redisGoingAwayBeforeSubmitLosesNothingAndFilesOnce() {
        // Codes starting with 2: no other test of this JVM's database draws from there.
        int n = nextRegionNumber();
        String p = String.format("2%03d00", n);
        regions.create(p, "断线州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "断线县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "断线镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "断线村" + n, township.getCode(), 0);
        String openid = newOpenid();
        long worker = workers.register(new NewWorker("龙断线", randomIdNumber(), "13900003333", village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);

        String reply = say(openid, "老板欠工资不给").content();
        Map<String, String> answers = Map.of("哪个老板", "宏发建筑公司", "在哪里干活", "浙江宁波北仑", "什么时候", "去年10月",
                "欠您多少钱", "23000", "几个人", "3", "发生了什么", "干完活老板就不接电话了", "发照片过来", "跳过");
        for (int turn = 0; turn < 12 && !reply.contains("请核对"); turn++) {
            String current = reply;
            String answer = answers.entrySet().stream().filter(e -> current.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("unexpected question: " + current));
            reply = say(openid, answer).content();
        }
        assertThat(reply).contains("请核对").contains("宏发建筑公司").contains("23000元");
        assertThat(cases(openid)).isEmpty();

        // What Redis holds of the dialog, to give back when it returns (production keeps it in its append-only file).
        String dialogKey = keys.key("{" + APPID + ":" + openid + "}", "dialog");
        String dialog = redisTemplate.opsForValue().get(dialogKey);
        assertThat(dialog).isNotBlank();

        redis.close();
        String filed = say(openid, "1").content();
        List<Map<String, Object>> rows = cases(openid);
        assertThat(rows).as("filed in MySQL while Redis is away").hasSize(1);
        Map<String, Object> c = rows.get(0);
        assertThat(c.get("employer_name")).isEqualTo("宏发建筑公司");
        assertThat(c.get("work_place")).isEqualTo("浙江宁波北仑");
        assertThat(((Number) c.get("amount_fen")).longValue()).isEqualTo(2_300_000L);
        assertThat(((Number) c.get("workers_affected")).intValue()).isEqualTo(3);
        assertThat(c.get("description")).isEqualTo("干完活老板就不接电话了");
        assertThat(c.get("owner_region_code")).isEqualTo(township.getCode());
        assertThat(filed).contains("投诉已提交").contains("单号 " + c.get("case_no")).contains("个工作日内");

        redis = EmbeddedRedis.start(REDIS_PORT);
        redisTemplate.opsForValue().set(dialogKey, dialog, Duration.ofMinutes(30));
        // Redis still holds the dialog at "提交": sending it again (or WeChat's retry) files nothing new.
        String again = say(openid, "1").content();
        assertThat(again).contains("已经提交了").contains((String) c.get("case_no"));
        assertThat(cases(openid)).hasSize(1);
        assertThat(say(openid, "菜单").content()).contains("1. 找工作");
        assertThat(cases(openid)).hasSize(1);
    }

    @Test
    void withRedisAwayTheWholeDialogPostedTwicePerMessageKeepsEveryAnswerAndRepliesTheSame() {
        int n = nextRegionNumber();
        String p = String.format("2%03d00", n);
        regions.create(p, "重发州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "重发县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "重发镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "重发村" + n, township.getCode(), 0);
        String openid = newOpenid();
        long worker = workers.register(new NewWorker("龙重发", randomIdNumber(), "13900004444", village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);
        redis.close();
        try {
            // WeChat retries each message (same MsgId) when its answer is late: here every one twice.
            String reply = twice(openid, "老板欠工资不给");
            Map<String, String> answers = Map.of("哪个老板", "宏发建筑公司", "在哪里干活", "浙江宁波北仑", "什么时候", "去年10月",
                    "欠您多少钱", "23000", "几个人", "3", "发生了什么", "干完活老板就不接电话了", "发照片过来", "跳过");
            for (int turn = 0; turn < 12 && !reply.contains("请核对"); turn++) {
                String current = reply;
                String answer = answers.entrySet().stream().filter(e -> current.contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst()
                        .orElseThrow(() -> new AssertionError("unexpected question: " + current));
                reply = twice(openid, answer);
            }
            assertThat(reply).contains("请核对").contains("宏发建筑公司").contains("23000元");
            String filed = twice(openid, "1");
            List<Map<String, Object>> rows = cases(openid);
            assertThat(rows).as("filed once").hasSize(1);
            Map<String, Object> c = rows.get(0);
            assertThat(filed).contains("投诉已提交").contains("单号 " + c.get("case_no"));
            assertThat(c.get("employer_name")).isEqualTo("宏发建筑公司");
            assertThat(c.get("work_place")).isEqualTo("浙江宁波北仑");
            assertThat(((Number) c.get("amount_fen")).longValue()).isEqualTo(2_300_000L);
            assertThat(((Number) c.get("workers_affected")).intValue()).isEqualTo(3);
            assertThat(c.get("description")).isEqualTo("干完活老板就不接电话了");
        } finally {
            redis = EmbeddedRedis.start(REDIS_PORT);
        }
    }

    /** Posts the message, then WeChat's retry of it; both must get the same reply. */
    private String twice(String openid, String text) {
        String xml = CallbackClient.text(ACCOUNT, openid, newMsgId(), text);
        String first = client().send(xml, false).content();
        assertThat(client().send(xml, false).content()).as("the retry of \"%s\" gets the same reply", text)
                .isEqualTo(first);
        return first;
    }

    private List<Map<String, Object>> cases(String openid) {
        return jdbc.queryForList("SELECT * FROM complaint WHERE appid = ? AND openid = ?", APPID, openid);
    }
}
