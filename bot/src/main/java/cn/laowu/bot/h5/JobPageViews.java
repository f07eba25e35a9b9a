package cn.laowu.bot.h5;

import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobEdited;
import cn.laowu.core.job.JobPublished;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * The public view of each job, built from the database once and kept in memory: dropped when the
 * job is edited or published or an application moves (places left), and after {@code ttl} at the
 * latest, which bounds how long another instance's change (a close, the expiry schedule) takes to
 * show. Hidden jobs (drafts, unvetted employers) have no view at all.
 */
@Component
class JobPageViews {

    private final JobService jobs;
    private final JobPages pages;
    private final RegionService regions;
    private final DispatchService dispatch;
    private final Clock clock;
    private final long ttlMillis;
    private final int capacity;
    private final ConcurrentHashMap<Long, JobPageView> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> tokens = new ConcurrentHashMap<>();

    JobPageViews(JobService jobs, JobPages pages, RegionService regions, DispatchService dispatch, Clock clock,
                 @Value("${laowu.h5.page-cache-seconds:30}") long ttlSeconds,
                 @Value("${laowu.h5.page-cache-size:20000}") int capacity) {
        this.jobs = jobs;
        this.pages = pages;
        this.regions = regions;
        this.dispatch = dispatch;
        this.clock = clock;
        this.ttlMillis = ttlSeconds * 1000;
        this.capacity = capacity;
    }

    /** Tokens never change, so which job a token names is kept as long as the job's view. */
    Optional<JobPageView> byToken(String token) {
        Long jobId = tokens.get(token == null ? "" : token);
        if (jobId == null) {
            Optional<Long> found = pages.jobOf(token);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            jobId = found.get();
        }
        Optional<JobPageView> view = byJob(jobId);
        if (view.isPresent() && tokens.size() < capacity) {
            tokens.put(token, jobId);
        }
        return view;
    }

    Optional<JobPageView> byJob(long jobId) {
        JobPageView cached = cache.get(jobId);
        long now = clock.millis();
        if (cached != null && now - cached.builtAtMillis() < ttlMillis) {
            return Optional.of(cached);
        }
        Optional<JobPageView> built = jobs.find(jobId).flatMap(job -> build(jobs.cards(List.of(job)).get(0), now));
        if (built.isPresent()) {
            if (cache.size() >= capacity) {
                cache.clear(); // crude, but bounded: a burst of cold pages costs one rebuild each
                tokens.clear();
            }
            cache.put(jobId, built.get());
        } else {
            cache.remove(jobId);
        }
        return built;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void edited(JobEdited event) {
        cache.remove(event.job().getId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(JobPublished event) {
        cache.remove(event.job().getId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void applicationMoved(ApplicationStatusChanged event) {
        cache.remove(event.jobId());
    }

    void forget(long jobId) {
        cache.remove(jobId);
    }

    private Optional<JobPageView> build(JobCard card, long now) {
        Job job = card.job();
        if (job.getStatus() == JobStatus.DRAFT || card.employer() == null || !card.employer().isVetted()) {
            return Optional.empty();
        }
        LocalDate today = ChinaTime.today(clock);
        JobPageView.State state = job.getStatus() == JobStatus.CLOSED ? JobPageView.State.CLOSED
                : job.getStatus() == JobStatus.EXPIRED || !job.isOpenOn(today) ? JobPageView.State.EXPIRED
                : job.placesLeft() == 0 ? JobPageView.State.FULL : JobPageView.State.OPEN;
        List<Region> chain = regions.selfAndAncestors(job.getOwnerRegionPath());
        String office = chain.isEmpty() ? "就业服务中心" : chain.get(0).getName()
                + (chain.get(0).getLevel() == RegionLevel.TOWNSHIP ? "社会保障站" : "就业服务中心");
        String phone = chain.stream().map(Region::getOfficePhone).filter(p -> p != null && !p.isBlank())
                .findFirst().orElse(null);
        String wage = JobService.wage(job).replace(" 元", "元") + "/月";
        StringBuilder html = new StringBuilder("<div class=\"weui-form-preview\"><div class=\"weui-form-preview__hd\">")
                .append("<label class=\"weui-form-preview__label\">月薪</label><em class=\"weui-form-preview__value\">")
                .append(escape(wage)).append("</em></div><div class=\"weui-form-preview__bd\">");
        // Not "vetted" while a wage case is open against the employer (the cached page follows its TTL).
        item(html, "单位", card.employer().getName() + (jobs.vettedNow(card.employer()) ? "(已考察)" : "(复核中)"));
        item(html, "地点", job.getWorkPlace() + "(" + job.getWorkArea().label() + ")");
        item(html, "工时", job.getHours());
        item(html, "吃住", job.getFoodLodging());
        item(html, "合同社保", job.getSocialInsurance());
        if (job.getAgeMin() != null || job.getAgeMax() != null) {
            item(html, "年龄", (job.getAgeMin() == null ? "" : job.getAgeMin()) + "-"
                    + (job.getAgeMax() == null ? "" : job.getAgeMax()) + "岁");
        }
        item(html, "身体", job.getHealthRequirement());
        if (Boolean.TRUE.equals(job.getTrainingRequired())) {
            item(html, "培训", "上岗前有免费培训");
        }
        dispatch.nextDeparture(job.getId()).ifPresent(batch -> item(html, "出发", batch.getDepartOn().getMonthValue()
                + "月" + batch.getDepartOn().getDayOfMonth() + "日集中输送"
                + (batch.getEscort() == null || batch.getEscort().isBlank() ? "" : ",工作人员带队")));
        item(html, "名额", state.takesApplications() ? (job.placesLeft() > 0 ? "还招 " + job.placesLeft() + " 人" : "已招满,可候补")
                : "已停止报名");
        item(html, "组织单位", office);
        item(html, "咨询电话", phone);
        LocalDate checked = (job.getUpdatedAt() == null ? job.getCreatedAt() : job.getUpdatedAt())
                .atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        item(html, "信息核实", checked.getYear() + "年" + checked.getMonthValue() + "月" + checked.getDayOfMonth() + "日");
        html.append("</div></div>");
        String summary = wage + " · " + job.getWorkPlace() + " · " + card.employer().getName();
        return Optional.of(new JobPageView(job.getId(), pages.tokenOf(job.getId()), state, job.getTitle(), summary,
                job.getIndustry(), job.getOwnerRegionPath(), office, phone, html.toString(), now));
    }

    private static void item(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<div class=\"weui-form-preview__item\"><label class=\"weui-form-preview__label\">")
                    .append(escape(label)).append("</label><span class=\"weui-form-preview__value\">")
                    .append(escape(value)).append("</span></div>");
        }
    }
}
