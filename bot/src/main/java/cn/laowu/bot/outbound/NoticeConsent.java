package cn.laowu.bot.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * A follower's answer in WeChat's subscription-notice pop-up (or a later change in settings):
 * per template, accepted or not. Recorded by {@link NoticeConsentRecorder}.
 */
public record NoticeConsent(String appid, String openid, List<Choice> choices) {

    public record Choice(String templateId, boolean accepted) {
    }

    /** From the event's joined leaves: "t1,t2" and "accept,reject". Mismatched lists keep what pairs up. */
    public static NoticeConsent of(String appid, String openid, String templateIds, String statuses) {
        List<Choice> choices = new ArrayList<>();
        if (templateIds != null && statuses != null) {
            String[] ids = templateIds.split(",");
            String[] answers = statuses.split(",");
            for (int i = 0; i < Math.min(ids.length, answers.length); i++) {
                if (!ids[i].isBlank()) {
                    choices.add(new Choice(ids[i].trim(), "accept".equalsIgnoreCase(answers[i].trim())));
                }
            }
        }
        return new NoticeConsent(appid, openid, List.copyOf(choices));
    }
}
