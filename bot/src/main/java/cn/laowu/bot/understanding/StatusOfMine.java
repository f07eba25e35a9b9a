package cn.laowu.bot.understanding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a sentence asks how something already applied for is going ("交通补助申请了两个月了钱还没打过来",
 * "我举报的那个事一直没回复", "我报的那个培训去哪里报到") rather than to apply again. The topic words are the same
 * as a new application's (补助, 投诉, 培训, 厂); a done-verb (申请了, 我投诉的, 我报的) with a waiting word
 * (两个月了, 好久, 还没, 怎么还) or a status question (几号开始, 有人管没有) says it is about the one already made,
 * which the "my" views answer. Asking to sign up ("帮我报个名", "我想参加") is never a status.
 */
final class StatusOfMine {

    /** Waiting, or asking how it stands. */
    private static final Pattern WAITING = Pattern.compile(
            "了[一二两三四五六七八九十半几好多]*[个]?(月|天|周|星期|礼拜|年)|好久|很久|蛮久|这么久|那么久|多久了|一直|还没|还冇|怎么还|咋还|哪门还|"
                    + "还不|迟迟|到现在|到今天|没动静|没消息|没音信|没回音|没回复|没人回|没人管|有人管|有没有人管|没人理|没下文|有信|回信|"
                    + "怎么样了|咋样了|处理得|处理了没|处理没|进展|结果|到账|打过来|打到|发下来|批下来|几号|什么时候|啥时候|么时候|几时|"
                    + "哪里报到|去哪报到|报到|在哪上课|在哪里上课|哪里上课|证什么时候|证书");

    private static final Pattern ALLOWANCE = Pattern.compile("补贴|补助|奖补|路费|车费|交通费|生活费|两后生|稳岗");
    private static final Pattern APPLIED_ALLOWANCE = Pattern.compile(
            "申请了|申请过|申请的|申领了|申领的|我申请|交了材料|材料交了|报了|报上去|提交了|交上去");

    private static final Pattern COMPLAINED = Pattern.compile(
            "(投诉|举报|反映|告)[^那这]{0,6}(那个|那件|这个)事|我投诉的|我举报的|我反映的|投诉了|举报了|反映了|投诉过|举报过|反映过|投诉的那|举报的那|反映的那|告的那|上次投诉|上次举报|之前投诉|之前举报");

    private static final Pattern COURSE = Pattern.compile("培训|学习班|[^上加值夜早晚白]班|课|考证|证书");
    private static final Pattern SIGNED_UP_COURSE = Pattern.compile(
            "我报的|报了|报过|报上了|报名了|报的那|报名的那|我的培训|我那个培训|报好了|报到");
    /** Asking to join a course: a new sign-up, whatever else the sentence says. */
    private static final Pattern SIGN_UP = Pattern.compile(
            "报个名|报名参加|想参加|要参加|我想报|我要报|帮我报|给我报|报一个|报一下|怎么报名|咋报名|在哪报名|哪里报名|能报吗|可以报|报不报得|我也想学|想去学");

    private static final Pattern JOB = Pattern.compile("厂|工作|岗位|活|单位|公司|工地");
    private static final Pattern APPLIED_JOB = Pattern.compile("我报名的|报名的那|我报的|报的那|报的[^，]{0,6}?(工作|厂|岗位|活)|报了|报过|投了|面试了|报名了");

    private StatusOfMine() {
    }

    /** The "my" view a status question belongs to, when the sentence is one; the topic decides which. */
    static Optional<String> view(String normalised) {
        boolean waiting = WAITING.matcher(normalised).find();
        if (!waiting) {
            return Optional.empty();
        }
        if (ALLOWANCE.matcher(normalised).find()) {
            return APPLIED_ALLOWANCE.matcher(normalised).find() ? Optional.of("my_claims") : Optional.empty();
        }
        if (COMPLAINED.matcher(normalised).find()) {
            return Optional.of("my_complaints");
        }
        if (COURSE.matcher(normalised).find()) {
            return SIGNED_UP_COURSE.matcher(normalised).find() && !signsUp(normalised)
                    ? Optional.of("my_training") : Optional.empty();
        }
        if (JOB.matcher(normalised).find() && APPLIED_JOB.matcher(normalised).find()) {
            return Optional.of("my_applications");
        }
        return Optional.empty();
    }

    private static final Pattern TO_COMPLAIN = Pattern.compile(
            "怎么投诉|咋投诉|要投诉|想投诉|去哪投诉|去哪里投诉|哪里投诉|能投诉|可以投诉|投诉他|投诉谁|找谁投诉|怎么举报|要举报|想举报");

    /** "欠薪 怎么投诉": asking to make a complaint, not about one made (no done-verb, no waiting). */
    static boolean asksToComplain(String normalised) {
        return TO_COMPLAIN.matcher(normalised).find() && view(normalised).isEmpty();
    }

    /** "电工培训我想参加 帮我报个名": a new sign-up for a course. */
    static boolean signsUp(String normalised) {
        return SIGN_UP.matcher(normalised).find() && !normalised.matches(".*(报了|报过|报的|报上了|报名了|成功|通过|了没|了吗|怎么样).*");
    }
}
