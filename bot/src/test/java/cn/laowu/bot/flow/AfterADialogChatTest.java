package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: the first sentence of a new task, said right after another dialog finished, starts that task.
 * The fault run's first report blamed the factory word of "宏达电子厂老板欠我3个月工资一共12000元" said after
 * 登记好了; here every kind of first sentence is said in each state a worker is commonly in when a dialog
 * has just finished, through signed XML.
 */
class AfterADialogChatTest extends PortalTestSupport {

    /** What a worker has just finished when the sentence comes. */
    enum Before { REGISTRATION, JOB_LIST, APPLICATION, COMPLAINT_FILED, MENU }

    /** Which flow the first sentence must open, told by its first reply. */
    enum Opens {
        COMPLAINT(r -> r.contains("每件投诉都有档案") || r.contains("情况很要紧") || r.contains("投诉还在办")),
        JOBS(r -> r.contains("岗位") && !r.contains("投诉") && !r.contains("课程") && !r.contains("补贴")),
        // The course list ("近期开课的培训"), none of that trade ("暂时没有「挖机」的课程") or none at all ("…培训课程").
        TRAINING(r -> (r.contains("培训") || r.contains("课程")) && !r.contains("投诉") && !r.contains("补助")),
        ALLOWANCE(r -> r.contains("申领「交通路费补助」"));

        final Predicate<String> told;

        Opens(Predicate<String> told) {
            this.told = told;
        }
    }

    private static final Map<String, Opens> FIRST_SENTENCES = firstSentences();

    @Autowired
    RegionService regions;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;

    private Region village;
    private String jobTitle;

    @BeforeEach
    void regionAndJob() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', n, "接续");
        village = chain.village();
        Actor clerk = new Actor("clerk", chain.county().getPath(), null);
        RegionScope scope = RegionScope.of(chain.county());
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("接续" + n + "包装厂", "浙江宁波", null, null)).getId(), "已考察");
        jobTitle = "接" + n + "号包装工";
        jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), jobTitle, "物流",
                WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 550_000, null, null, null, null, null, null, 500, false,
                null)).getId());
    }

    static Stream<Arguments> sentencesAfterEachDialog() {
        List<Arguments> cases = new ArrayList<>();
        for (Before before : Before.values()) {
            FIRST_SENTENCES.forEach((sentence, opens) -> cases.add(Arguments.of(before, sentence, opens)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "after {0}: {1} → {2}")
    @MethodSource("sentencesAfterEachDialog")
    void theFirstSentenceOfANewTaskStartsIt(Before before, String sentence, Opens opens) {
        String openid = newOpenid();
        String finished = finish(openid, before);
        String reply = say(openid, sentence).content();
        if (before == Before.JOB_LIST && opens != Opens.JOBS) {
            // In a list, typed words search it: a sentence surely meaning another task is asked about once
            // (issue 24), and 1 opens that task with the sentence.
            assertThat(reply).as("after «%s», «%s»", finished, sentence).contains("您是要「").contains("回复 1 是");
            reply = say(openid, "1").content();
        }
        assertThat(opens.told).as("after «%s», «%s» must open %s, but was answered:%n%s", finished, sentence, opens, reply)
                .accepts(reply);
    }

    /** The fault run's own turns: 实名登记 in chat (8 turns), then its first sentence. */
    @Test
    void aWageComplaintRightAfterTheFaultRunsRegistrationStartsTheComplaint() {
        String openid = newOpenid();
        String reply = "";
        for (String text : List.of("实名登记", "故障甲", randomIdNumber().value(), "13900001111", village.getName(), "2", "5",
                "0")) {
            reply = say(openid, text).content();
        }
        assertThat(reply).contains("登记好了");
        assertThat(say(openid, "宏达电子厂老板欠我3个月工资一共12000元").content())
                .contains("每件投诉都有档案").doesNotContain("岗位");
    }

    /** Brings a new follower to the end of a dialog; what the bot said last. */
    private String finish(String openid, Before before) {
        if (before == Before.REGISTRATION) {
            String reply = "";
            for (String text : List.of("实名登记", "向接续", randomIdNumber().value(), "13900002222", village.getName(), "1",
                    "5", "0")) {
                reply = say(openid, text).content();
            }
            assertThat(reply).contains("登记好了");
            return reply;
        }
        long worker = workers.register(new NewWorker("向接续", randomIdNumber(), "13900003333", village.getCode(), true)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);
        return switch (before) {
            case MENU -> say(openid, "菜单").content();
            case JOB_LIST -> {
                say(openid, "找工作");
                String list = say(openid, jobTitle).content();
                assertThat(list).contains("1. " + jobTitle);
                yield list;
            }
            case APPLICATION -> {
                say(openid, "找工作");
                say(openid, jobTitle);
                say(openid, "1");
                String applied = say(openid, "报名").content();
                assertThat(applied).contains("报名成功");
                yield applied;
            }
            case COMPLAINT_FILED -> fileAComplaint(openid);
            default -> throw new IllegalArgumentException(before.name());
        };
    }

    private String fileAComplaint(String openid) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("哪个老板", "宏达电子厂");
        answers.put("在哪里干活", "广东东莞");
        answers.put("什么时候", "去年10月");
        answers.put("欠您多少钱", "12000");
        answers.put("几个人", "2");
        answers.put("发生了什么", "老板跑了,电话不接");
        String reply = say(openid, "老板欠我两个月工资").content();
        for (int turn = 0; turn < 12 && !reply.contains("请核对"); turn++) {
            String question = reply;
            reply = say(openid, answers.entrySet().stream().filter(e -> question.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("跳过")).content();
        }
        String filed = say(openid, "1").content();
        assertThat(filed).contains("投诉已提交");
        return filed;
    }

    private static Map<String, Opens> firstSentences() {
        Map<String, Opens> sentences = new LinkedHashMap<>();
        sentences.put("宏达电子厂老板欠我3个月工资一共12000元", Opens.COMPLAINT);
        sentences.put("东莞那个电子厂还差我两万块工钱没结", Opens.COMPLAINT);
        sentences.put("包工头欠我8000块钱不给", Opens.COMPLAINT);
        sentences.put("在宏达电子厂上班手被机器压了老板不管", Opens.COMPLAINT);
        sentences.put("想找个电子厂的活 工资5000以上", Opens.JOBS);
        sentences.put("东莞有没有电子厂招人", Opens.JOBS);
        sentences.put("有没有4000以上的保安工作", Opens.JOBS);
        sentences.put("想学电焊 哪里可以报名", Opens.TRAINING);
        sentences.put("想学开挖机 学费多少", Opens.TRAINING);
        sentences.put("自己出去打工的能报路费不", Opens.ALLOWANCE);
        sentences.put("我在宏达电子厂上班 想申请交通补助 车票花了300", Opens.ALLOWANCE);
        return sentences;
    }
}
