package cn.laowu.core.outpost;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 专项台账 of a base as the console shows it (004 第十四条): each 建档立卡 worker there now, with
 * how long they have worked there (from 上岗 at this employer, else since we first knew of it), the
 * labour contract's term (as last stated at a follow-up), the latest follow-up that found them
 * still there, and the job's 社保.
 */
@Service
public class BaseLedger {

    /**
     * {@code placedOn}: 上岗 at this employer (null: known only from chat or a complaint);
     * {@code contractMonths}: 0 none signed, null never asked.
     */
    public record Row(CooperationBases.LedgerLine worker, LocalDate placedOn, long monthsThere, Integer contractMonths,
                      Integer confirmedMonth, String socialInsurance) {
    }

    private final CooperationBases bases;
    private final ApplicationService applications;
    private final FollowUpService followUps;
    private final JobService jobs;
    private final Clock clock;

    public BaseLedger(CooperationBases bases, ApplicationService applications, FollowUpService followUps, JobService jobs,
                      Clock clock) {
        this.bases = bases;
        this.applications = applications;
        this.followUps = followUps;
        this.jobs = jobs;
        this.clock = clock;
    }

    public List<Row> rows(RegionScope scope, long baseId) {
        CooperationBases.Base base = bases.get(scope, baseId);
        LocalDate today = ChinaTime.today(clock);
        return bases.ledger(scope, baseId).stream().map(line -> {
            Optional<ApplicationService.Entry> placement = applications.forWorker(line.workerId()).stream()
                    .filter(e -> e.application().getPlacedAt() != null && e.job() != null
                            && base.employerName().equals(jobs.employerName(e.job().getEmployerId())))
                    .max(Comparator.comparing(e -> e.application().getPlacedAt()));
            LocalDate since = placement.map(e -> chinaDate(e.application().getPlacedAt()))
                    .orElse(chinaDate(line.since()));
            List<FollowUp> stillThere = placement.map(e -> followUps.ofApplication(e.application().getId()).stream()
                    .filter(f -> Boolean.TRUE.equals(f.getStillEmployed()) && f.getMonthNo() != null)
                    .sorted(Comparator.comparing(FollowUp::getMonthNo)).toList()).orElse(List.of());
            Integer confirmed = stillThere.isEmpty() ? null : stillThere.get(stillThere.size() - 1).getMonthNo();
            Integer contract = stillThere.stream().map(FollowUp::getContractMonths).filter(Objects::nonNull)
                    .reduce((earlier, later) -> later).orElse(null);
            return new Row(line, placement.isPresent() ? since : null, ChronoUnit.MONTHS.between(since, today), contract,
                    confirmed, placement.map(e -> e.job().getSocialInsurance()).orElse(null));
        }).toList();
    }

    /** Times are kept in UTC; the day is China's. */
    private static LocalDate chinaDate(java.time.LocalDateTime utc) {
        return utc.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }
}
