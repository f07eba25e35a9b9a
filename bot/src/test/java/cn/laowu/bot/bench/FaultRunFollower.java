package cn.laowu.bot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One simulated follower of the fault run, as a worker types: 实名登记 (8 turns), a wage complaint (a first
 * sentence, the answers the dialog asks for, 1 to confirm), an application (找工作, the job's name, 1, 报名)
 * and a fare claim with two photos (自己出去打工的能报路费不 … 1 to submit). Each step reads the reply before
 * the next, as a worker would; a reply asking to send again ("请过一分钟再发一次") is answered by sending
 * the same message again. Every turn is kept in a transcript, printed for dialogs that did not finish.
 */
public final class FaultRunFollower {

    /** The platform, seen from a follower: a message or a photo in, the reply out ("" when none came). */
    public interface Chat {
        String say(String openid, String text);

        String photo(String openid);
    }

    static final String FIRST_SENTENCE = "宏达电子厂老板欠我3个月工资一共12000元";
    static final String FARE_SENTENCE = "自己出去打工的能报路费不";
    /** Replies that ask the worker to wait a minute and send the same message again (BUSY, SLOW_DOWN). */
    private static final List<String> AFTER_A_MINUTE = List.of("请过一分钟再发一次", "请稍等一分钟再发");
    /** ConversationService's SORRY: the message was not handled; a worker sends it again shortly. */
    private static final String SORRY = "请稍后再试";
    private static final Map<String, String> COMPLAINT_ANSWERS = complaintAnswers();

    public final String openid;
    private final Chat chat;
    private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    private int sentAgain;
    public String registered = "";
    public String filed = "";
    public String applied = "";
    public String claimed = "";

    public FaultRunFollower(String openid, Chat chat) {
        this.openid = openid;
        this.chat = chat;
    }

    /** The whole script; stops at the first step whose reply is not what the script needs next. */
    public void run(String name, String idNumber, String phone, String village, String jobTitle) {
        String reply = "";
        for (String text : List.of("实名登记", name, idNumber, phone, village, "1", "5", "0")) {
            reply = say(text);
        }
        if (!reply.contains("登记好了")) {
            return;
        }
        registered = reply;
        if (!complain() || !apply(jobTitle)) {
            return;
        }
        claim();
    }

    private boolean complain() {
        String reply = say(FIRST_SENTENCE);
        for (int turn = 0; turn < 15 && !reply.contains("请核对"); turn++) {
            String question = reply;
            reply = say(COMPLAINT_ANSWERS.entrySet().stream().filter(e -> question.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("跳过"));
        }
        if (!reply.contains("请核对")) {
            return false;
        }
        filed = say("1");
        // "您的投诉已经提交了,单号 …": the confirmation run again (a retry after the kill) found its case filed.
        return filed.contains("投诉已提交") || filed.contains("投诉已经提交了");
    }

    private boolean apply(String jobTitle) {
        say("找工作");
        if (!say(jobTitle).contains("1. " + jobTitle) || !say("1").contains("回复 报名")) {
            return false;
        }
        applied = say("报名");
        return applied.contains("报名成功");
    }

    private void claim() {
        if (!say(FARE_SENTENCE).contains("您在哪里务工") || !say("省内").contains("车票一共花了多少元")
                || !say("300").contains("劳动合同")) {
            return;
        }
        photo();
        if (!say("好了").contains("车票或路费票据")) {
            return;
        }
        photo();
        if (!say("好了").contains("按规定您可以领")) {
            return;
        }
        claimed = say("1");
    }

    private String say(String text) {
        return turn(text, () -> chat.say(openid, text));
    }

    private void photo() {
        turn("(photo)", () -> chat.photo(openid));
    }

    private String turn(String said, Supplier<String> send) {
        String reply = String.valueOf(send.get());
        for (int again = 0; again < 3 && asksToSendAgain(reply); again++) {
            sentAgain++;
            transcript.add("→ " + said + "\n← " + reply);
            sleep(AFTER_A_MINUTE.stream().anyMatch(reply::contains) ? 61_000 : 5_000);
            reply = String.valueOf(send.get());
        }
        transcript.add("→ " + said + "\n← " + reply);
        return reply;
    }

    private static boolean asksToSendAgain(String reply) {
        return reply.contains(SORRY) || AFTER_A_MINUTE.stream().anyMatch(reply::contains);
    }

    int sentAgain() {
        return sentAgain;
    }

    /** The last turns, one line each, for the report of an unfinished dialog. */
    public String lastTurns(int count) {
        List<String> all = new ArrayList<>(transcript);
        return String.join("\n    ", all.subList(Math.max(0, all.size() - count), all.size()).stream()
                .map(t -> t.replace("\n← ", "  ← ").replace('\n', ' ')).map(t -> t.length() > 160 ? t.substring(0, 160) + "…" : t)
                .toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> complaintAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("哪个老板", "宏达电子厂");
        answers.put("在哪里干活", "广东东莞");
        answers.put("什么时候", "去年10月");
        answers.put("欠您多少钱", "12000");
        answers.put("几个人", "2");
        answers.put("发生了什么", "老板跑了,电话不接");
        answers.put("发照片过来", "跳过");
        return answers;
    }
}
