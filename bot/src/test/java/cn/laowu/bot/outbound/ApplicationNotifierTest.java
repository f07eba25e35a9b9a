package cn.laowu.bot.outbound;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationNotifierTest {

    @Test
    void aMoveTheWorkerMadeInTheChatIsNotEchoedBack() {
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, null,
                ApplicationStatusChanged.WORKER))).isNull();
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.APPLIED, ApplicationStatus.WITHDRAWN, "本人放弃",
                ApplicationStatusChanged.WORKER))).isNull();
        assertThat(ApplicationNotifier.message(change(null, ApplicationStatus.APPLIED, null, "clerk"))).isNull();
    }

    @Test
    void aMoveByTheOfficeTellsTheWorkerWhatHappensNext() {
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, null, "clerk")))
                .contains("「理货员」").contains("跟踪服务").contains("回访");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.MEDICAL, ApplicationStatus.DISPATCH,
                "12月1日(周二)出发,集合地点:县人社局门口,带队:张干事,目的地:浙江宁波", "clerk")))
                .contains("集中输送").contains("县人社局门口").contains("张干事");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.SCREENING, ApplicationStatus.REJECTED, "年龄不符",
                "clerk"))).contains("没有通过(年龄不符)").contains("找工作");
    }

    private static ApplicationStatusChanged change(ApplicationStatus from, ApplicationStatus to, String note, String actor) {
        return new ApplicationStatusChanged(1, 2, 3, "理货员", from, to, note, actor);
    }
}
