package cn.laowu.bot.understanding;

import cn.laowu.bot.dialog.Intents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences a phrase table got wrong, and the slots a first sentence fills. */
class UnderstandingTest {

    private static final Intents INTENTS = new Intents();
    private final SlotExtractor slots = new SlotExtractor(Understanding.lexicon());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "砖厂还收人吗, jobs", "物业招不招门卫, jobs", "想学门手艺挣钱, training", "学开叉车哪里报, training",
            "包工头一直不结账, complaint_wage", "手被机器压了老板不管, complaint_injury",
            "半年没拿到工钱, complaint_wage", "被公司开除了也没补偿, complaint_contract",
            "我想换个电话号, my_info", "中介收了押金不给退还介绍假工作, complaint_agency",
            "出门打工有啥补助没, allowance", "老板欠我三个月工资八千块, complaint_wage",
            "公资拖了三个月, complaint_wage", "有么子活干, jobs", "投诉的事咋样了, my_complaints",
            "谢谢啊, chitchat", "你好。请问一下。, menu",
    })
    void routesColloquialSentences(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    @Test
    void gibberishIsNotUnderstood() {
        assertThat(INTENTS.read("xqzw").decision()).isEqualTo(Understanding.Decision.UNKNOWN);
        assertThat(INTENTS.read("。。。").decision()).isEqualTo(Understanding.Decision.UNKNOWN);
    }

    @Test
    void aWageComplaintSaysHowLongAndHowMuch() {
        Slots found = slots.extract("老板欠我三个月工资八千块");
        assertThat(found.months()).hasValue(3);
        assertThat(found.amountYuan()).hasValue(8000);
    }

    @ParameterizedTest(name = "{0} → {1} 元")
    @CsvSource({
            "欠了三千多块, 3000", "包工头欠两万块不给, 20000", "还欠我两万, 20000", "欠我一万二, 12000",
            "工资少发了一千, 1000", "8000元没给, 8000", "欠3千5, 3500", "欠我四千五百块, 4500", "一共5600, 5600",
    })
    void amounts(String text, long yuan) {
        assertThat(slots.extract(text).amountYuan()).hasValue(yuan);
    }

    @ParameterizedTest(name = "{0} → no amount")
    @CsvSource({"干了三个月, ", "我们十几个人, ", "打12333有用吗, ", "电话13900001111, ", "做了2年, "})
    void countsDatesAndPhoneNumbersAreNotMoney(String text) {
        assertThat(slots.extract(text).amountYuan()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} months")
    @CsvSource({"干了三个月没发, 3", "半年没拿到工钱, 6", "干了一年多, 12", "5个多月了, 5", "拖了两年半, 30"})
    void months(String text, int months) {
        assertThat(slots.extract(text).months()).hasValue(months);
    }

    @Test
    void placeAndEmployer() {
        Slots wage = slots.extract("在东莞电子厂干了两个月没发工资");
        assertThat(wage.get(Slots.PLACE)).hasValue("东莞");
        assertThat(wage.get(Slots.EMPLOYER)).hasValue("电子厂");
        assertThat(slots.extract("包工头一直不结账").get(Slots.EMPLOYER)).hasValue("包工头");
        assertThat(slots.extract("手被机器压了老板不管").asMap()).as("the injury is the complaint feature's SlotKind")
                .doesNotContainKey("injury");
        assertThat(slots.extract("老板不发工资").get(Slots.EMPLOYER)).isEmpty();
    }

    /** Every first-message failure quoted in issue 24 opens the right task. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "机器人听不懂 叫个人来, human", "说了半天你不懂 找你们领导, human", "能打电话给我吗 我不会打字, human",
            "你这个我搞不懂啊能不能有个人跟我说一下, human", "天天发消息好烦 关掉, notices", "农民工医保在外地能用不, policy",
            "我是电焊工 广东那边有活没, jobs", "想找个厂一个月四千以上的, jobs", "老板只给了两千, complaint_wage",
            "老板欠我工资三个月了, complaint_wage", "不想收消息了, notices", "手机号换了, my_info",
            "厂里欠我工资, complaint_wage", "我想问下我那个欠薪的事什么时候能解决, my_complaints", "我想先找个活干, jobs",
            "花垣县的服务站在哪里, nearby",
    })
    void issue24FirstMessages(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"TD, notices", "td, notices", "退定, notices", "人工, human", "转人工, human"})
    void shortCommandsAreExact(String text, String intent) {
        assertThat(INTENTS.exact(text)).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo(intent));
    }

    @Test
    void smallTalkNeverAnswersARequestCarryingATaskWordOrANumber() {
        Understanding.Reading phone = INTENTS.read("新号是13912345678 旧的不用了");
        assertThat(phone.intent()).isNotIn("chitchat", "menu");
        assertThat(phone.choices()).extracting(IntentClassifier.Scored::intent).contains("my_info");
        assertThat(INTENTS.read("好的谢谢").intent()).isEqualTo("chitchat");
        assertThat(INTENTS.read("今天天气么样").decision()).isNotEqualTo(Understanding.Decision.UNSURE);
    }

    @ParameterizedTest(name = "{0} → owed {1}")
    @CsvSource({"说好五千一个月结果只给三千, 2000", "还差我四千八没给, 4800", "老板还欠两万, 20000",
            "说好八千 给了五千 还欠三千, 3000"})
    void amountsOwedByTheirVerb(String text, long owed) {
        assertThat(slots.extract(text).amountYuan()).hasValue(owed);
    }

    @ParameterizedTest(name = "{0} → nothing owed known")
    @CsvSource({"老板只给了两千, ", "说好五千, ", "发了三千, "})
    void paidOrAgreedIsNotOwed(String text) {
        assertThat(slots.extract(text).amountYuan()).isEmpty();
    }

    @Test
    void phoneAndLowestWage() {
        assertThat(slots.extract("新号是13912345678 旧的不用了").get(Slots.PHONE)).hasValue("13912345678");
        assertThat(slots.extract("欠了8000").get(Slots.PHONE)).isEmpty();
        assertThat(slots.extract("想找个厂一个月四千以上的").get(Slots.MIN_WAGE)).hasValue("4000");
        assertThat(slots.extract("五六千一个月的活有没得").get(Slots.MIN_WAGE)).hasValue("5000");
        assertThat(slots.extract("至少6000").get(Slots.MIN_WAGE)).hasValue("6000");
        assertThat(slots.extract("四十多岁了还有厂要不").get(Slots.MIN_WAGE)).isEmpty();
        assertThat(slots.extract("浙江那边有么子厂招人不").get(Slots.PLACE)).hasValue("浙江");
        assertThat(slots.extract("长沙有没有招保安的").get(Slots.PLACE)).hasValue("长沙");
    }

    /** Issue 24, round 2: what an allowance is, who qualifies, how much is a policy question; claiming it is not. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "两后生是什么政策, policy", "交通补贴一个人能补多少, policy", "什么样的人可以领路费补贴, policy",
            "稳岗补贴有哪些条件, policy", "务工奖补是怎么规定的, policy", "路费补贴是什么政策, policy",
            "社保在外地能用不, policy", "医保在外省看病能报不, policy", "加班费怎么算, policy",
            "我想申请交通补助, allowance", "自己出去打工的能报路费不, allowance", "考了证有钱领不, allowance",
            "出门打工有啥补助没, allowance",
    })
    void askingAboutAnAllowanceIsPolicyClaimingItIsNot(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "登记下我的资料, register", "帮我把我的信息录一下, register", "看看我登记的信息, my_info",
            "帮我改下我的资料, my_info",
    })
    void registeringIsNotViewing(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "在工地上公伤了, complaint_injury", "退定消息, notices", "我要报明学厨师, training",
            "公资欠了两个月, complaint_wage",
    })
    void homophoneTypos(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    /** Weather, lottery, selling: no task opens, even beside a weak task word (号码, a place). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"东莞今天下雨没", "彩票开奖了没", "卖土特产的要不要"})
    void outOfDomainOpensNoTask(String text) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isNotEqualTo(Understanding.Decision.UNSURE);
        if (reading.decision() == Understanding.Decision.SURE) {
            assertThat(reading.intent()).isIn("chitchat", "menu");
        }
    }

    /** Torn between where the worker is and a job search, the nearest training lines decide (the second opinion). */
    @Test
    void tornBetweenTwoTheNearestLinesDecide() {
        Understanding.Reading reading = INTENTS.read("我在广东东莞找活");
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo("jobs");
    }

    /** Issue 24, round 3 (kind 1): how something already applied for stands goes to its "my" view, not a new application. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "路费补贴交上去三个星期了 钱怎么还没到, my_claims", "稳岗补贴申请了好久了一直没发, my_claims",
            "生活补助我申请过了 到现在还没打到卡上, my_claims",
            "我投诉包工头的那个事一直没人回我, my_complaints", "上回举报黑中介的事情 处理得怎么样了, my_complaints",
            "我反映的那件事过了一个月了还没人管, my_complaints",
            "我报的那个厨师培训几号上课, my_training", "报了叉车班 要到哪里报到, my_training",
            "我报的育婴师培训证书什么时候发, my_training",
            "我报名的那个鞋厂怎么一直没消息, my_applications", "上个月报的保安工作到现在还没回信, my_applications",
            "老板欠我工资两个月了一直不发, complaint_wage", "我想申请路费补贴, allowance",
            "电焊培训什么时候开班, training",
    })
    void theStatusOfWhatIAppliedForIsMine(String text, String intent) {
        assertSure(text, intent);
    }

    /** Kind 2: telling where one works now, with no search word, is where_now; a search word keeps it jobs. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "我在东莞长安一个五金厂上班 做的包装, where_now", "现在人在浙江义乌 在一个服装厂做事, where_now",
            "我到广州白云了 在工地做事, where_now", "我在苏州打工 做的流水线, where_now",
            "我在东莞 想找个电子厂, jobs", "我在深圳 有没有招普工的, jobs", "想去昆山电子厂上班, jobs",
            "我在东莞 有啥活, jobs", "我在广东打工 想换个厂, jobs", "我还在东莞那个厂上班 挺好的, follow_up",
    })
    void sayingWhereIWorkIsNotASearch(String text, String intent) {
        assertSure(text, intent);
    }

    /** Kind 3: asking to join a course is a sign-up (training), not the view of my courses. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "电工培训我也想参加 帮我报个名, training", "育婴师的班我想报一个, training",
            "家政培训我要参加 怎么报名, training", "我报的家政培训开课没, my_training",
    })
    void signingUpForACourseIsTraining(String text, String intent) {
        assertSure(text, intent);
    }

    /** Kind 4: a complaint that names its kind is that kind, not the generic complaint. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "拖欠工资 怎么投诉, complaint_wage", "工伤了 我要投诉, complaint_injury", "想投诉黑中介, complaint_agency",
            "不签合同 去哪里投诉, complaint_contract", "我要投诉, complaint", "欠薪了 想投诉, complaint_wage",
            "我那个欠薪的投诉有结果没, my_complaints",
    })
    void aComplaintThatNamesItsKindIsThatKind(String text, String intent) {
        assertSure(text, intent);
    }

    /** Kind 5: asking to be sent jobs from now on is 岗位推送, not a search now. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "以后有广东的活推给我 在哪开通, notices", "有新的电子厂岗位就发给我 怎么订阅, notices",
            "以后有保安的工作通知我一声, notices", "广东有没有电子厂招人, jobs", "以后有活告诉我, notices",
            "先帮我登个记 以后有活通知我, register",
    })
    void askingForJobPushesIsNotices(String text, String intent) {
        assertSure(text, intent);
    }

    private static void assertSure(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).as(text + " " + reading.choices()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).as(text + " " + reading.choices()).isEqualTo(intent);
    }
}
