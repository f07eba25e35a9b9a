package cn.laowu.bot.flow.nearby;

import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.station.ServiceStation;
import cn.laowu.core.station.StationService.Nearby;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The location reply as the demo's 吉首 gives it: short enough for a phone screen. */
class NearbyReplyTest {

    private static final String HOURS = "工作日 8:30-12:00, 14:30-17:30";

    @Test
    void theDemoReplyIsShortAndSaysEachStationOnOneLine() {
        List<Nearby> stations = List.of(
                new Nearby(station("吉首市就业服务中心", "12333"), 1.2, "12333"),
                new Nearby(station("矮寨镇社会保障站", null), 13.4, "0743-8110102"));
        List<JobCard> jobs = List.of(job("客房服务员", 2_800, 3_500), job("保安", 3_000, 3_600));
        String both = NearbyFlow.render(stations, jobs);
        System.out.println(both.length() + " characters:\n" + both);
        assertThat(both).contains("·吉首市就业服务中心 1.2公里 电话12333 " + HOURS)
                .contains("·矮寨镇社会保障站 13公里 电话0743-8110102 时间同上")
                .contains("1. 客房服务员 2800-3500元").contains("2. 保安 3000-3600元").contains("回复序号看岗位详情");
        assertThat(both.length()).isLessThanOrEqualTo(NearbyFlow.SHORT);
    }

    @Test
    void withoutJobsThereIsNothingToNumber() {
        String reply = NearbyFlow.render(List.of(new Nearby(station("矮寨镇社会保障站", null), 0.4, null)), List.of());
        assertThat(reply).isEqualTo("最近的就业服务站:\n·矮寨镇社会保障站 400米 " + HOURS);
    }

    private static ServiceStation station(String name, String phone) {
        ServiceStation s = new ServiceStation();
        s.setName(name);
        s.setPhone(phone);
        s.setHours(HOURS);
        return s;
    }

    private static JobCard job(String title, long min, long max) {
        Job job = new Job();
        job.setTitle(title);
        job.setWageMinFen(min * 100);
        job.setWageMaxFen(max * 100);
        return new JobCard(job, new Employer());
    }
}
