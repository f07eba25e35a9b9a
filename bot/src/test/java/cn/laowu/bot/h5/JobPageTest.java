package cn.laowu.bot.h5;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.Job;
import cn.laowu.core.worker.Worker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public page of a job in each state, the list, and what no public page may ever show. */
class JobPageTest extends JobPageTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    cn.laowu.core.complaint.ComplaintFiling filing;


    private final Phone browser = new Phone("Mozilla/5.0 (X11; Linux x86_64) Chrome/120");
    private final Phone wechat = new Phone(WECHAT_UA);

    @Test
    void anOpenJobShowsWhatAWorkerNeedsAndHowToApply() throws Exception {
        Job job = publish("缝纫工", 5);
        HttpResponse<String> page = browser.get(pathOf(job));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("缝纫工").contains("温州某鞋厂" + n + "(已考察)").contains("4500-6000元/月")
                .contains("浙江温州").contains("8小时两班倒").contains("包吃包住").contains("五险").contains("还招 5 人")
                .contains("页面县" + n + "就业服务中心").contains("0743-8123456").contains("信息核实")
                .contains("微信搜索公众号「测试公众号」").contains(WeuiCss.PATH).doesNotContain("jweixin");
        assertThat(page.body().getBytes().length).as("a light first view").isLessThan(20_000);

        HttpResponse<String> inWeChat = wechat.get(pathOf(job));
        assertThat(inWeChat.body()).contains("我要报名").contains("/apply\"").contains("jweixin-1.6.0.js")
                .contains("data-signature=\"").contains("data-desc=\"4500-6000元/月 · 浙江温州");
        assertThat(pages.views(job.getId())).isEqualTo(2);
    }

    @Test
    void anEmployerWithAnOpenWageCaseIsNotCalledVettedOnThePage() throws Exception {
        Job job = publish("裁床工", 5);
        var wage = filing.file(new cn.laowu.core.complaint.ComplaintFiling.Complainant("wxtest0000000001",
                        "op" + java.util.UUID.randomUUID().toString().substring(0, 20), null),
                new cn.laowu.core.complaint.ComplaintFiling.NewComplaint(cn.laowu.core.complaint.ComplaintKind.WAGE,
                        "王五", "13800138002", "温州某鞋厂" + n, "浙江温州", "上个月", 3000L, 1, "没发工资", java.util.List.of(),
                        village.getCode())).complaint();
        jdbc.update("UPDATE complaint SET employer_id = ? WHERE id = ?", employer.getId(), wage.getId());
        String body = browser.get(pathOf(job)).body();
        assertThat(body).contains("温州某鞋厂" + n + "(复核中)").doesNotContain("(已考察)");
    }

    @Test
    void aFullJobTakesTheWaitingListAndOffersOthers() throws Exception {
        Job other = publish("包装工", 3);
        Job job = publish("质检员", 1);
        jobs.takePlace(job.getId(), true);
        String body = browser.get(pathOf(job)).body();
        assertThat(body).contains("已经招满").contains("可以报名候补").contains("还在招工的类似岗位").contains(pathOf(other));
    }

    @Test
    void aClosedJobSaysSoAndOffersOpenOnes() throws Exception {
        Job other = publish("裁床工", 3);
        Job job = publish("打版师", 2);
        jobs.close(clerk, scope, job.getId());
        HttpResponse<String> page = wechat.get(pathOf(job));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已经停止招工").contains(pathOf(other)).doesNotContain("我要报名");
    }

    @Test
    void anExpiredJobSaysSo() throws Exception {
        Job job = publish("烫金工", 2);
        jdbc.update("UPDATE job SET ends_on = '2020-01-01' WHERE id = ?", job.getId());
        assertThat(wechat.get(pathOf(job)).body()).contains("报名已经截止").doesNotContain("我要报名");
    }

    @Test
    void unknownHiddenAndGuessedIdsGetAChinese404() throws Exception {
        long hidden = draft("草稿岗位", 2);
        for (String path : List.of("/h5/jobs/" + pages.tokenOf(hidden), "/h5/jobs/" + hidden, "/h5/jobs/AAAAAAAAAAAAAAAAAAAA",
                "/h5/jobs/" + "x".repeat(300), "/h5/jobs/%3Cscript%3E")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("没有找到这个岗位").doesNotContain("草稿岗位");
        }
        assertThat(browser.get("/h5/jobs/" + hidden + "/apply").statusCode()).isEqualTo(404);
    }

    @Test
    void theListShowsOpenJobsOfTheRegionAndSearches() throws Exception {
        Job shoes = publish("鞋面车工" + n, 4);
        Job closed = publish("鞋底工" + n, 4);
        jobs.close(clerk, scope, closed.getId());
        String list = browser.get("/h5/jobs?r=" + county.getCode()).body();
        assertThat(list).contains("页面县" + n + "正在招工的岗位").contains(pathOf(shoes)).doesNotContain("鞋底工" + n)
                .contains("name=\"q\"");
        assertThat(browser.get("/h5/jobs?r=" + county.getCode() + "&q=车工").body()).contains(pathOf(shoes));
        assertThat(browser.get("/h5/jobs?r=" + county.getCode() + "&q=厨师").body()).contains("没有找到和「厨师」有关的岗位");
        assertThat(browser.get("/h5/jobs?r=999999").statusCode()).isEqualTo(404);
    }

    @Test
    void noPublicPageShowsPersonalDataOrInternalFields() throws Exception {
        Job job = publish("搬运工", 2);
        String openid = registeredFollower("李秘密");
        Worker worker = workers.find(followers.find(APPID, openid).orElseThrow().getWorkerId()).orElseThrow();
        applications.apply(worker.getId(), job.getId(), "WECHAT");
        Job closed = publish("叉车工", 2);
        jobs.close(clerk, scope, closed.getId());
        String idNumber = workers.idNumberOf(worker);
        String phone = workers.phoneOf(worker);
        for (String path : List.of(pathOf(job), pathOf(closed), "/h5/jobs?r=" + county.getCode(), "/h5/jobs")) {
            for (Phone phoneBrowser : List.of(browser, wechat)) {
                String html = phoneBrowser.get(path).body();
                assertThat(html).as(path).doesNotContain("李秘密").doesNotContain("李*").doesNotContain(idNumber)
                        .doesNotContain(phone).doesNotContain("王秘密").doesNotContain("13911112222")
                        .doesNotContain("内部备注").doesNotContain("内部意见").doesNotContain("clerk")
                        .doesNotContain(county.getPath()).doesNotContain("/h5/jobs/" + job.getId() + "\"")
                        .doesNotContain("job_id").doesNotContain("owner_region").doesNotContain(openid);
            }
        }
    }
}
