package cn.laowu.bot.h5;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.broker.BindingToken;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.job.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Brokers' links: who gets credited (first touch, never overwritten), what a bad token does, and the broker's own page. */
class BrokerLinkTest extends JobPageTestSupport {

    @Autowired
    ApplicationService applications;

    @Test
    void aWorkerWhoAppliesThroughABrokersLinkIsCreditedToThatBroker() throws Exception {
        Job job = publish("保洁员", 5);
        Broker broker = broker("刘经纪");
        String b = brokerTokens.issue(broker.getId());
        Phone phone = new Phone(WECHAT_UA);
        String page = phone.get(pathOf(job) + "?b=" + b).body();
        assertThat(page).as("the share card and apply button keep the broker").contains("/apply?b=" + b)
                .contains("data-link=\"https://laowu.test" + pathOf(job) + "?b=" + b);
        assertThat(pages.brokerViews(broker.getId())).isEqualTo(1);

        String openid = registeredFollower("郑五");
        HttpResponse<String> confirm = phone.openApply(pathOf(job) + "/apply?b=" + b, openid);
        phone.post(pathOf(job) + "/apply", "csrf=" + csrfOf(confirm.body()));
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        assertThat(applications.find(job.getId(), workerId).getBrokerId()).isEqualTo(broker.getId());
    }

    @Test
    void theFirstBrokerKeepsTheFollowerWhenAnotherBrokersLinkComesLater() throws Exception {
        Job job = publish("厨工", 5);
        Broker first = broker("先到");
        Broker second = broker("后到");
        String openid = registeredFollower("冯六");
        assertThat(brokers.attribute(APPID, openid, first.getId())).isTrue();

        Phone phone = new Phone(WECHAT_UA);
        HttpResponse<String> confirm = phone.openApply(pathOf(job) + "/apply?b=" + brokerTokens.issue(second.getId()), openid);
        phone.post(pathOf(job) + "/apply", "csrf=" + csrfOf(confirm.body()));
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        assertThat(applications.find(job.getId(), workerId).getBrokerId()).isEqualTo(first.getId());
        assertThat(brokers.currentBroker(APPID, openid)).contains(first.getId());
    }

    @Test
    void aTamperedOrExpiredTokenIsIgnoredAndThePageStillWorks() throws Exception {
        Job job = publish("杂工", 5);
        Broker broker = broker("改链接");
        String good = brokerTokens.issue(broker.getId());
        String tampered = "9" + good;
        String[] parts = good.split("\\.");
        String expired = parts[0] + ".1." + parts[2];
        for (String bad : new String[] {tampered, expired, "nonsense"}) {
            HttpResponse<String> page = new Phone(WECHAT_UA).get(pathOf(job) + "?b=" + bad);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("杂工").doesNotContain("b=" + bad);
        }
        assertThat(pages.brokerViews(broker.getId())).isZero();

        String openid = registeredFollower("陈七");
        new Phone(WECHAT_UA).openApply(pathOf(job) + "/apply?b=" + tampered, openid);
        assertThat(brokers.currentBroker(APPID, openid)).isEmpty();
    }

    @Test
    void theBrokersPageShowsOnlyTheirOwnWorkWithNamesMasked() throws Exception {
        Job job = publish("装卸工", 5);
        Broker mine = broker("褚经纪");
        Broker theirs = broker("卫经纪");
        String brokerOpenid = newOpenid();
        followers.subscribed(APPID, brokerOpenid, null);
        BindingToken code = brokers.issueBindingToken(clerk, scope, mine.getId());
        assertThat(brokers.bind(APPID, brokerOpenid, code.getToken())).isPresent();

        String referred = registeredFollower("蒋八妹");
        brokers.attribute(APPID, referred, mine.getId());
        long referredWorker = followers.find(APPID, referred).orElseThrow().getWorkerId();
        applications.apply(referredWorker, job.getId(), "WECHAT", mine.getId());
        String other = registeredFollower("沈九哥");
        brokers.attribute(APPID, other, theirs.getId());
        applications.apply(followers.find(APPID, other).orElseThrow().getWorkerId(), job.getId(), "WECHAT", theirs.getId());
        new Phone(WECHAT_UA).get(pathOf(job) + "?b=" + brokerTokens.issue(mine.getId()));

        Phone phone = new Phone(WECHAT_UA);
        HttpResponse<String> page = phone.openApply("/h5/broker", brokerOpenid);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("褚经纪" + n + " · 我的推荐").contains("蒋**").contains("装卸工").contains("已报名")
                .contains("/h5/jobs?r=" + county.getCode() + "&amp;b=" + mine.getId() + ".")
                .doesNotContain("蒋八妹").doesNotContain("沈").doesNotContain(workers.phoneOf(workers.find(referredWorker).orElseThrow()))
                .doesNotContain(workers.idNumberOf(workers.find(referredWorker).orElseThrow()));
        assertThat(html).containsPattern("访问</div><div class=\"weui-cell__ft\">1<")
                .containsPattern("关注</div><div class=\"weui-cell__ft\">1<")
                .containsPattern("报名</div><div class=\"weui-cell__ft\">1<");

        HttpResponse<String> notBroker = new Phone(WECHAT_UA).openApply("/h5/broker", referred);
        assertThat(notBroker.statusCode()).isEqualTo(403);
        assertThat(notBroker.body()).contains("给劳务经纪人使用").doesNotContain("蒋");
    }
}
