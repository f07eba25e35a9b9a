package cn.laowu.core.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationNotifierTest {

    private static final String FARE = "外出的车费补贴现在可以申领了:回复 补贴申领。";

    @Test
    void aMoveTheWorkerMadeInTheChatIsNotEchoedBack() {
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, null,
                ApplicationStatusChanged.WORKER), "甲镇社会保障站(电话 0743-1)", FARE)).isNull();
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.APPLIED, ApplicationStatus.WITHDRAWN, "本人放弃",
                ApplicationStatusChanged.WORKER), "甲镇社会保障站(电话 0743-1)", FARE)).isNull();
        assertThat(ApplicationNotifier.message(change(null, ApplicationStatus.APPLIED, null, "clerk"), "甲镇社会保障站(电话 0743-1)", FARE)).isNull();
    }

    @Test
    void aMoveByTheOfficeTellsTheWorkerWhatHappensNext() {
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, null, "clerk"), "甲镇社会保障站(电话 0743-1)", FARE))
                .contains("「理货员」").contains("跟踪服务").contains("回访");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.MEDICAL, ApplicationStatus.DISPATCH,
                "12月1日(周二)出发,集合地点:县人社局门口,带队:张干事,目的地:浙江宁波", "clerk"), "甲镇社会保障站(电话 0743-1)", FARE))
                .contains("集中输送").contains("县人社局门口").contains("张干事");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.SCREENING, ApplicationStatus.REJECTED, "年龄不符",
                "clerk"), "甲镇社会保障站(电话 0743-1)", FARE)).contains("没有通过资格审查:年龄不符").contains("找工作");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.MEDICAL, ApplicationStatus.REJECTED, "体检不合格",
                "clerk"), "甲镇社会保障站(电话 0743-1)", FARE)).contains("没有通过(体检不合格)");
    }

    @Test
    void aMoveWithATimeAndPlaceIsLeftToTheNoticeThatSaysThem() {
        Appointment appointment = new Appointment(LocalDateTime.of(2026, 12, 3, 9, 0), "吉首市人民医院", "身份证");
        assertThat(ApplicationNotifier.message(new ApplicationStatusChanged(1, 2, 3, "理货员", ApplicationStatus.SCREENING,
                ApplicationStatus.MEDICAL, null, "clerk", appointment), "甲镇社会保障站(电话 0743-1)", FARE)).isNull();
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL, null, "clerk"), "甲镇社会保障站(电话 0743-1)", FARE))
                .as("no time given: not sent to a 体检 nobody arranged").contains("另行通知").doesNotContain("请按通知去体检");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL,
                "12月3日上午到县医院", "clerk"), "甲镇社会保障站(电话 0743-1)", FARE)).contains("体检安排:12月3日上午到县医院");
        assertThat(ApplicationNotifier.message(change(ApplicationStatus.DISPATCH, ApplicationStatus.PLACED, null, "clerk"), "甲镇社会保障站(电话 0743-1)", FARE))
                .contains("车费补贴现在可以申领").contains("回复 补贴申领");
    }

    private static ApplicationStatusChanged change(ApplicationStatus from, ApplicationStatus to, String note, String actor) {
        return new ApplicationStatusChanged(1, 2, 3, "理货员", from, to, note, actor);
    }
}
