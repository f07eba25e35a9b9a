package cn.laowu.bot.h5;

import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.broker.BindingToken;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.job.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 375-px phone: a job page and the broker's 我的推荐 are readable without scrolling sideways,
 * styled by WeUI. Screenshots in target/screenshots/.
 */
class JobPageBrowserTest extends JobPageTestSupport {

    private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth;";

    @Autowired
    H5Identity identity;
    @Autowired
    ApplicationService applications;

    @Test
    void aJobPageAndTheBrokersPageOnAPhone(@TempDir Path profile) throws Exception {
        Job job = publish("电子厂普工(长白班,包吃住)", 12);
        Broker broker = broker("向经纪");
        String brokerOpenid = newOpenid();
        followers.subscribed(APPID, brokerOpenid, null);
        BindingToken code = brokers.issueBindingToken(clerk, scope, broker.getId());
        brokers.bind(APPID, brokerOpenid, code.getToken());
        String referred = registeredFollower("彭小红");
        brokers.attribute(APPID, referred, broker.getId());
        applications.apply(followers.find(APPID, referred).orElseThrow().getWorkerId(), job.getId(), "WECHAT", broker.getId());

        String site = "http://127.0.0.1:" + port;
        Path screenshots = Path.of("target", "screenshots");
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.phone(375, 812);
            browser.open(site + pathOf(job));
            assertThat(browser.source()).contains("电子厂普工").contains("还招 11 人").contains("怎么报名");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.weui-form-preview')).backgroundColor;")
                    .asText()).as("WeUI's stylesheet applied").isEqualTo("rgb(255, 255, 255)");
            assertThat(browser.script(OVERFLOW).asInt()).as("the job page scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("h5-job-375.png"));

            String cookie = identity.cookie(APPID, brokerOpenid).getValue();
            browser.addCookie(H5Identity.COOKIE, cookie, "/h5/");
            browser.open(site + "/h5/broker");
            assertThat(browser.source()).contains("我的推荐").contains("彭**").doesNotContain("彭小红");
            assertThat(browser.script(OVERFLOW).asInt()).as("the broker page scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("h5-broker-375.png"));
        }
    }
}
