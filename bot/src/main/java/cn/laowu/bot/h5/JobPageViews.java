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
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * The public view of each job, built from the database once and kept in memory: dropped when the
 * job is edited or published or an application moves (places left), and after {@code ttl} at the
 * latest, which bounds how long another instance's change (a close, the expiry schedule) takes to
 * show. Hidden jobs (drafts, unvetted employers) have no view at all. The pages made from a view
 * (per broker link and inside WeChat or not) are kept with it as gzipped bytes, so a page already
 * seen costs no query and no HTML; one not yet seen costs one indexed query (token and job row).
 */
@Component
class JobPageViews {

    /** One way a job's page is shown: through which broker's link, inside WeChat or not. */
    record Variant(long jobId, String brokerToken, boolean inWeChat) {
    }

    private static final int VARIANTS_PER_VIEW = 2;

    private final JobService jobs;
    private final JobPages pages;
    private final JobPageFacts facts;
    private final Clock clock;
    private final long ttlMillis;
    private final int capacity;
    private final ConcurrentHashMap<Long, JobPageView> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> tokens = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Variant, RenderedPage> rendered = new ConcurrentHashMap<>();

    JobPageViews(JobService jobs, JobPages pages, RegionService regions, DispatchService dispatch, Clock clock,
                 @Value("${laowu.h5.page-cache-seconds:30}") long ttlSeconds,
                 @Value("${laowu.h5.page-cache-size:20000}") int capacity) {
        this.jobs = jobs;
        this.pages = pages;
        this.clock = clock;
        this.ttlMillis = ttlSeconds * 1000;
        this.facts = new JobPageFacts(jobs, regions, dispatch, clock, ttlMillis);
        this.capacity = capacity;
    }

    /**
     * Tokens never change, so which job a token names is kept as long as the job's view. A token
     * not known here is read with its job in one query.
     */
    Optional<JobPageView> byToken(String token) {
        Long jobId = tokens.get(token == null ? "" : token);
        Optional<JobPageView> view;
        if (jobId == null) {
            Optional<Job> job = pages.jobByToken(token);
            if (job.isEmpty()) {
                return Optional.empty();
            }
            jobId = job.get().getId();
            view = cached(jobId).or(() -> store(job.get().getId(), build(facts.card(job.get()), token, clock.millis())));
        } else {
            view = byJob(jobId, token);
        }
        if (view.isPresent() && tokens.size() < capacity) {
            tokens.put(token, jobId);
        }
        return view;
    }

    Optional<JobPageView> byJob(long jobId) {
        return byJob(jobId, null);
    }

    /**
     * The page of a view in one variant, made by {@code make} the first time and kept until the
     * view is replaced. Pages through brokers' links are kept while there is room (about two pages a view).
     */
    RenderedPage page(JobPageView view, Variant variant, Supplier<RenderedPage> make) {
        RenderedPage page = rendered.get(variant);
        if (page != null && page.madeFrom(view)) {
            return page;
        }
        page = make.get();
        if (variant.brokerToken() == null || rendered.size() < capacity * VARIANTS_PER_VIEW) {
            if (rendered.size() >= capacity * VARIANTS_PER_VIEW) {
                rendered.clear();
            }
            rendered.put(variant, page);
        }
        return page;
    }

    private Optional<JobPageView> byJob(long jobId, String knownToken) {
        Optional<JobPageView> cached = cached(jobId);
        if (cached.isPresent()) {
            return cached;
        }
        long now = clock.millis();
        return store(jobId, jobs.find(jobId).flatMap(job -> build(facts.card(job), knownToken, now)));
    }

    private Optional<JobPageView> cached(long jobId) {
        JobPageView cached = cache.get(jobId);
        return cached != null && clock.millis() - cached.builtAtMillis() < ttlMillis ? Optional.of(cached) : Optional.empty();
    }

    private Optional<JobPageView> store(long jobId, Optional<JobPageView> built) {
        if (built.isPresent()) {
            if (cache.size() >= capacity) {
                cache.clear(); // crude, but bounded: a burst of cold pages costs one rebuild each
                tokens.clear();
                rendered.clear();
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

    private Optional<JobPageView> build(JobCard card, String knownToken, long now) {
        Job job = card.job();
        if (job.getStatus() == JobStatus.DRAFT || card.employer() == null || !card.employer().isVetted()) {
            return Optional.empty();
        }
        LocalDate today = ChinaTime.today(clock);
        JobPageView.State state = job.getStatus() == JobStatus.CLOSED ? JobPageView.State.CLOSED
                : job.getStatus() == JobStatus.EXPIRED || !job.isOpenOn(today) ? JobPageView.State.EXPIRED
                : job.placesLeft() == 0 ? JobPageView.State.FULL : JobPageView.State.OPEN;
        JobPageFacts.Office organiser = facts.office(job.getOwnerRegionPath());
        String office = organiser.name();
        String phone = organiser.phone();
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
        facts.nextDeparture(job.getId()).ifPresent(batch -> item(html, "出发", batch.getDepartOn().getMonthValue()
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
        String token = knownToken != null ? knownToken : pages.tokenOf(job.getId());
        return Optional.of(new JobPageView(job.getId(), token, state, job.getTitle(), summary,
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
