package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's side of the allowances beyond platform placements, through signed XML: "自己出去打工的能报路费不"
 * answered with the fare for where the worker says (004 第二十条), and a poor family's student claiming the
 * 特困学生扶贫助学补助 (第十八条).
 */
class EveryAllowanceChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', n, "自主");
        village = chain.village();
    }

    @Test
    void aWorkerWhoFoundWorkAloneClaimsTheFareForWhereHeWorks() {
        String openid = newOpenid();
        Worker worker = registered(openid, randomIdNumber());
        // The allowance the sentence names opens at once (issue 24: allowance by kind).
        assertThat(say(openid, "自己出去打工的能报路费不").content()).contains("申领「交通路费补助」")
                .contains("您在哪里务工").contains("1. 省外");
        assertThat(say(openid, "在本县").content()).contains("本县内务工,按政策没有路费补助");
        assertThat(claims.mine(worker.getId())).isEmpty();

        assertThat(say(openid, "补贴申领").content())
                .contains("1. 交通路费补助(自己外出务工也能报:实际车费,省外最多400元、省内200元、州内县外100元)");
        say(openid, "1");
        assertThat(say(openid, "不知道").content()).contains("请回复 1 省外");
        assertThat(say(openid, "省内").content()).contains("省内最多补200元").contains("车票一共花了多少元");
        assertThat(say(openid, "300").content()).contains("劳动合同或用工协议");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("车票或路费票据");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 200元").contains("超过省内最多200元");
        assertThat(say(openid, "1").content()).contains("已提交").contains("200元");

        List<AllowanceClaims.View> mine = claims.mine(worker.getId());
        assertThat(mine).singleElement().satisfies(v -> {
            assertThat(v.claim().getAmountFen()).isEqualTo(20_000);
            assertThat(v.claim().getApplicationId()).isNull();
            assertThat(v.claim().getEventKey()).startsWith("self:");
        });
        assertThat(say(openid, "补贴申领").content()).contains("今年自己外出务工的交通路费补助已经申请过了");
    }

    /** Issue 24: the allowance a sentence names opens on its own; a question about what it is gets the policy's answer. */
    @Test
    void anAllowanceNamedByKindOpensAndAQuestionAboutItIsAnswered() {
        String openid = newOpenid();
        registered(openid, randomIdNumber());
        assertThat(say(openid, "我想申请交通补助").content()).contains("申领「交通路费补助」").contains("您在哪里务工");

        String asking = newOpenid();
        registered(asking, randomIdNumber());
        assertThat(say(asking, "路费补贴是什么政策").content()).contains("【交通路费补助】").doesNotContain("申领「");
    }

    @Test
    void aPoorFamilysStudentClaimsTheGrantWithTheSchoolsProof() {
        String openid = newOpenid();
        Worker student = registered(openid, idNumberBornIn(2008));
        assertThat(say(openid, "补贴申领").content()).contains("2. 特困学生扶贫助学补助(2000元)");
        assertThat(say(openid, "2").content()).contains("学校在读证明(盖章)");
        assertThat(say(openid, "好了").content()).contains("还没收到学校在读证明");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 2000元");
        assertThat(say(openid, "提交").content()).contains("已提交").contains("2000元");
        assertThat(claims.mine(student.getId())).singleElement()
                .satisfies(v -> assertThat(v.claim().getAmountFen()).isEqualTo(200_000));
    }

    private Worker registered(String openid, ChineseIdNumber id) {
        Worker worker = workers.register(new NewWorker("向自主", id, null, village.getCode(), true));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }
}
