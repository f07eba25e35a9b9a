package cn.laowu.core.broadcast;

import cn.laowu.core.account.OfficialAccount;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an office may write and to whom: the rules a draft must pass (its region, its kind, its jobs),
 * the notice's text as the worker will read it, and the audience it names, again at the send time.
 */
@Component
class BroadcastDrafts {

    private final JobService jobs;
    private final RegionService regions;
    private final OfficialAccounts accounts;

    BroadcastDrafts(JobService jobs, RegionService regions, OfficialAccounts accounts) {
        this.jobs = jobs;
        this.regions = regions;
        this.accounts = accounts;
    }

    record Prepared(String body, Audience audience, Wishes wishes) {
    }

    Prepared prepare(RegionScope scope, BroadcastService.Draft draft) {
        if (draft.kind() == null) {
            throw new RuleViolation("请选择通知类型。");
        }
        Text.required(draft.title(), "标题", 20);
        Region region = regions.find(draft.regionCode()).filter(scope::covers)
                .orElseThrow(() -> new RuleViolation("只能发给本辖区的人。"));
        Registered registered = draft.registered() == null ? Registered.REGISTERED : draft.registered();
        List<String> appids = appidsServing(region);
        if (registered != Registered.REGISTERED && appids.isEmpty()) {
            throw new RuleViolation("未登记的关注者没有户籍地,只有管公众号所在地区的单位才能发给他们。");
        }
        List<Long> jobIds = draft.jobIds() == null ? List.of() : List.copyOf(draft.jobIds());
        if (village(scope) && draft.kind() != BroadcastKind.JOBS) {
            throw new RuleViolation("村里可以发已考察企业的岗位推荐,由乡镇审批后发出;通知公告请乡镇发。");
        }
        String body;
        if (draft.kind() == BroadcastKind.JOBS) {
            body = jobsBody(draft.title().trim(), jobIds);
        } else {
            Text.required(draft.text(), "通知内容", 500);
            if (!jobIds.isEmpty()) {
                throw new RuleViolation("通知公告不带岗位;要推岗位请选 岗位推荐。");
            }
            body = "【" + draft.title().trim() + "】\n" + draft.text().trim() + "\n" + BroadcastService.UNSUBSCRIBE;
        }
        Audience audience = new Audience(region.getPath(), registered, draft.povertyOnly(),
                draft.matchWishes() && draft.kind() == BroadcastKind.JOBS, jobIds, appids, draft.narrowing());
        return new Prepared(body, audience, draft.kind() == BroadcastKind.JOBS ? wishesOf(jobIds) : null);
    }

    /** The audience a stored broadcast names, as at its creation but with today's accounts. */
    Audience audienceOf(Broadcast b) {
        Region region = regions.get(codeOf(b.getAudienceRegionPath()));
        return new Audience(b.getAudienceRegionPath(), b.getRegistered(), Boolean.TRUE.equals(b.getPovertyOnly()),
                Boolean.TRUE.equals(b.getMatchWishes()), b.jobIdList(), appidsServing(region), b.getAudienceNarrowing());
    }

    Wishes wishesOf(List<Long> jobIds) {
        Map<Long, Job> found = jobs.byIds(jobIds);
        List<String> areas = new ArrayList<>(found.values().stream().map(j -> j.getWorkArea().name()).distinct().toList());
        long maxWage = found.values().stream().mapToLong(Job::getWageMaxFen).max().orElse(Long.MAX_VALUE);
        return new Wishes(areas.isEmpty() ? List.of("NONE") : areas, maxWage);
    }

    /** A village office sends job notices only (no announcements), held for its township. */
    List<BroadcastKind> kinds(RegionScope scope) {
        return village(scope) ? List.of(BroadcastKind.JOBS) : List.of(BroadcastKind.values());
    }

    /**
     * The audiences an office may choose: followers not registered yet only when an account serves
     * its region (the rule {@link #prepare} enforces), so the form never offers what it would refuse.
     */
    List<Registered> audiences(RegionScope scope) {
        Region own = regions.find(codeOf(scope.path())).orElse(null);
        return own != null && accounts.all().stream().anyMatch(a -> accountServes(a, own))
                ? List.of(Registered.values()) : List.of(Registered.REGISTERED);
    }

    boolean village(RegionScope scope) {
        return levelOf(scope) == RegionLevel.VILLAGE;
    }

    RegionLevel levelOf(RegionScope scope) {
        return regions.find(codeOf(scope.path())).map(Region::getLevel).orElse(null);
    }

    private List<String> appidsServing(Region region) {
        return accounts.all().stream().filter(a -> accountServes(a, region)).map(OfficialAccount::appid).toList();
    }

    /** An account's followers who have not registered belong to the account's region: its office, or one above it. */
    private boolean accountServes(OfficialAccount account, Region audienceRegion) {
        return account.regionCode() != null && regions.find(account.regionCode())
                .map(r -> r.getPath().startsWith(audienceRegion.getPath())).orElse(false);
    }

    private String jobsBody(String title, List<Long> jobIds) {
        if (jobIds.isEmpty() || jobIds.size() > BroadcastService.MAX_JOBS) {
            throw new RuleViolation("岗位推荐请选1到" + BroadcastService.MAX_JOBS + "个正在招工的岗位。");
        }
        StringBuilder body = new StringBuilder("【" + title + "】");
        int n = 0;
        for (Long id : jobIds) {
            JobService.JobCard card = jobs.openJob(id)
                    .orElseThrow(() -> new RuleViolation("岗位 " + id + " 没有在招工,不能推荐。"));
            if (card.employer() == null || !card.employer().isVetted()) {
                throw new RuleViolation("岗位「" + card.job().getTitle() + "」的企业还没有考察,不能推荐。");
            }
            Job job = card.job();
            body.append("\n").append(++n).append(". ").append(job.getTitle()).append(" · ").append(job.getWorkPlace()).append(" · 月薪")
                    .append(job.getWageMinFen() / 100).append("–").append(job.getWageMaxFen() / 100).append("元 · 还招")
                    .append(Math.max(0, job.getHeadcount() - job.getFilled())).append("人");
        }
        return body.append("\n回复序号看详情、报名,比如 1。").append(BroadcastService.UNSUBSCRIBE).toString();
    }

    /** "/433100/433101/" → "433101": a materialised path ends with its region's code. */
    static String codeOf(String path) {
        String[] parts = path.split("/");
        return parts[parts.length - 1];
    }
}
