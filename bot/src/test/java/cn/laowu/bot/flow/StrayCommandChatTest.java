package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
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

/** Words meant for the bot, said where a dialog expects an answer, are asked about and never saved as the answer. */
class StrayCommandChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    private Region village;

    @BeforeEach
    void village() {
        int n = nextRegionNumber();
        String p = String.format("8%03d00", n);
        if (regions.find(p).isEmpty()) {
            regions.create(p, "命令州" + n, null, 0);
            regions.create(p.substring(0, 4) + "01", "命令县" + n, p, 0);
            regions.create(p.substring(0, 4) + "01101", "命令镇" + n, p.substring(0, 4) + "01", 0);
            regions.create(p.substring(0, 4) + "01101201", "命令村" + n, p.substring(0, 4) + "01101", 0);
        }
        village = regions.get(p.substring(0, 4) + "01101201");
    }

    @Test
    void aCommandAtTheLastRegistrationStepIsAskedAboutAndTheWageTakesANumber() {
        String openid = newOpenid();
        ChineseIdNumber id = randomIdNumber();
        say(openid, "实名登记");
        for (String answer : List.of("田七", id.value(), "13700001111", village.getName(), "2")) {
            say(openid, answer);
        }
        assertThat(say(openid, "1").content()).contains("第7步");

        assertThat(say(openid, "我的信息").content()).contains("您是要「我的信息」吗").contains("回复 1 是,回复 2 继续登记");
        assertThat(workers.findByIdNumber(id.value())).isEmpty();
        String again = say(openid, "2").content();
        assertThat(again).contains("继续登记").contains("第7步").contains("想做什么工作");

        // An ordinary answer with a bot word inside (工作, 上班) is an answer, and it is saved.
        String wageQuestion = say(openid, "想去电子厂上班").content();
        assertThat(wageQuestion).contains("期望月薪").contains("1. 3000左右").doesNotContain("月薪写数字就行");
        assertThat(say(openid, "1").content()).contains("登记好了").contains("田七");

        Worker worker = workers.findByIdNumber(id.value()).orElseThrow();
        assertThat(worker.getIntendedIndustry()).isEqualTo("想去电子厂上班");
        assertThat(worker.getExpectedWageFen()).isEqualTo(300_000L);
    }

    @Test
    void confirmingACommandGoesThereAndAnythingElseAsksTheQuestionAgain() {
        String openid = newOpenid();
        Worker worker = workers.register(new NewWorker("岳八", randomIdNumber(), "13700002222", village.getCode(), false));
        followers.seen(APPID, openid);
        followers.bindWorker(APPID, openid, worker.getId());

        assertThat(say(openid, "我的信息").content()).contains("您的登记信息").contains("岳八");
        say(openid, "3");
        assertThat(say(openid, "2").content()).contains("想做什么工作");
        assertThat(say(openid, "我要转人工").content()).contains("您是要「找工作人员」吗").contains("2 继续修改");
        assertThat(say(openid, "随便说点什么").content()).contains("继续修改").contains("想做什么工作");
        assertThat(say(openid, "我的信息").content()).contains("您是要「我的信息」吗");
        // 1 goes there: the card again, the change left unsaid.
        assertThat(say(openid, "1").content()).contains("您的登记信息").contains("岳八");

        say(openid, "3");
        say(openid, "2");
        // 保安 is also a phrase of 找工作, but it is an answer here: saved, then the wage in words.
        assertThat(say(openid, "保安").content()).contains("期望月薪");
        assertThat(say(openid, "四千五").content()).contains("改好了");
        Worker changed = workers.find(worker.getId()).orElseThrow();
        assertThat(changed.getIntendedIndustry()).isEqualTo("保安");
        assertThat(changed.getExpectedWageFen()).isEqualTo(450_000L);
    }

    @Test
    void confirmingInTheMiddleOfRegistrationLeavesItForTheOtherService() {
        String openid = newOpenid();
        say(openid, "实名登记");
        assertThat(say(openid, "找工作").content()).contains("您是要「找工作」吗").contains("2 继续登记");
        assertThat(say(openid, "是").content()).contains("岗位");
        // Registration was left: a name now is not taken as step 1's answer.
        assertThat(say(openid, "张三丰").content()).doesNotContain("第2步");
    }
}
