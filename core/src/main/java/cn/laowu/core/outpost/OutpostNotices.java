package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.AudienceNarrowing;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastKind;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.Registered;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An outpost's job notices (转岗换岗 on the spot): vetted, open jobs in its area, told to the workers
 * of the office that runs it who work in the area now. A broadcast of that office, narrowed to the
 * area: the same weekly cap, approval above the size limit by another admin of the office, outbox.
 */
@Service
public class OutpostNotices {

    private final BroadcastService broadcasts;
    private final OutpostService outposts;
    private final OutpostJobs jobs;

    public OutpostNotices(BroadcastService broadcasts, OutpostService outposts, OutpostJobs jobs) {
        this.broadcasts = broadcasts;
        this.outposts = outposts;
        this.jobs = jobs;
    }

    public BroadcastService.Preview preview(OutpostScope scope, String title, List<Long> jobIds) {
        Outpost outpost = outposts.get(scope);
        return broadcasts.preview(office(outpost), draft(scope, outpost, title, jobIds));
    }

    public Broadcast send(Actor actor, OutpostScope scope, String title, List<Long> jobIds) {
        Outpost outpost = outposts.get(scope);
        return broadcasts.create(actor, office(outpost), draft(scope, outpost, title, jobIds));
    }

    /** The outpost's notices, newest first (they are the office's broadcasts, narrowed to its area). */
    public List<Broadcast> sent(OutpostScope scope) {
        Outpost outpost = outposts.get(scope);
        String name = AudienceNarrowing.name(OutpostAudience.KIND, outpost.id());
        return broadcasts.list(office(outpost), 200).stream().filter(b -> name.equals(b.getAudienceNarrowing())).toList();
    }

    private BroadcastService.Draft draft(OutpostScope scope, Outpost outpost, String title, List<Long> jobIds) {
        if (jobIds == null || jobIds.isEmpty()) {
            throw new RuleViolation("请选择要推荐的岗位。");
        }
        Set<Long> open = jobs.openInArea(scope).stream().map(c -> c.job().getId()).collect(Collectors.toSet());
        for (Long id : jobIds) {
            if (!open.contains(id)) {
                throw new RuleViolation("岗位 " + id + " 不是本地区经州县审核、正在招工的岗位,不能推荐。");
            }
        }
        return new BroadcastService.Draft(BroadcastKind.JOBS, title, null, List.copyOf(jobIds),
                outpost.parentRegionCode(), Registered.REGISTERED, false, false, null,
                AudienceNarrowing.name(OutpostAudience.KIND, outpost.id()));
    }

    private static RegionScope office(Outpost outpost) {
        return new RegionScope(outpost.parentRegionPath());
    }
}
