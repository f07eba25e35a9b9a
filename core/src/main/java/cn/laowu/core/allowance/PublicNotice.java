package cn.laowu.core.allowance;

import cn.laowu.core.privacy.Masking;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The public 公示 list of a region and below: de-identified, for anyone, without login. A claim
 * someone objected to stays on it, marked 有异议,核查中, until the county settles the objection;
 * the page also names the 公示 period of each row, the office answering for the list and its phone.
 */
@Service
public class PublicNotice {

    private final ClaimMapper claims;
    private final AllowanceCatalogue catalogue;
    private final WorkerService workers;
    private final RegionService regions;
    private final AllowanceReview review;
    private final NoticeNumbers numbers;
    private final Clock clock;

    public PublicNotice(ClaimMapper claims, AllowanceCatalogue catalogue, WorkerService workers, RegionService regions,
                        AllowanceReview review, NoticeNumbers numbers, Clock clock) {
        this.claims = claims;
        this.catalogue = catalogue;
        this.workers = workers;
        this.regions = regions;
        this.review = review;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** A row: nothing that identifies a person beyond the name's first character; {@code from}–{@code until} is its 公示期. */
    public record Row(long claimId, String number, String name, String idNumber, String county, String allowance,
                      String amount, LocalDate from, LocalDate until, boolean objected) {

        public String state() {
            return objected ? "有异议,核查中" : "公示中";
        }
    }

    /** Who answers for the list: the region's office (人社部门) and the phone to report to (the nearest one set). */
    public record Office(String name, String phone) {
    }

    public Region region(String regionCode) {
        return regions.find(regionCode).orElseThrow(() -> new NotFoundInScope("Region"));
    }

    public List<Row> rows(String regionCode) {
        return rows(listed(region(regionCode).getPath()).orderByAsc(AllowanceClaim::getId).last("LIMIT 500"));
    }

    /**
     * The row of a number quoted by an objector, among the claims now listed under the path ("/" for
     * every region: numbers are keyed, so quoting one means having read it on a list). Only the ids are
     * read to find it, so a long list is no limit.
     */
    public Optional<Row> byNumber(String path, String number) {
        String digits = number == null ? "" : number.strip();
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        return claims.selectList(listed(path).select(AllowanceClaim::getId)).stream().map(AllowanceClaim::getId)
                .filter(id -> numbers.of(id).equals(digits)).findFirst()
                .flatMap(id -> rows(listed(path).eq(AllowanceClaim::getId, id)).stream().findFirst());
    }

    private LambdaQueryWrapper<AllowanceClaim> listed(String path) {
        return new LambdaQueryWrapper<AllowanceClaim>().likeRight(AllowanceClaim::getRegionPath, path)
                .in(AllowanceClaim::getStatus, ClaimStatus.PUBLICISED, ClaimStatus.OBJECTED)
                .ge(AllowanceClaim::getNoticeUntil, ChinaTime.today(clock));
    }

    private List<Row> rows(LambdaQueryWrapper<AllowanceClaim> query) {
        List<AllowanceClaim> list = claims.selectList(query);
        Map<Long, AllowancePolicy> policies = catalogue.all();
        Map<Long, Worker> people = workers.byIds(list.stream().map(AllowanceClaim::getWorkerId).distinct().toList());
        return list.stream().map(c -> {
            Worker w = people.get(c.getWorkerId());
            boolean person = c.getClaimantType() == Claimant.WORKER;
            LocalDate from = c.getCountyAt() == null ? null
                    : c.getCountyAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
            return new Row(c.getId(), numbers.of(c.getId()), person ? Masking.name(w.getName()) : review.claimant(c, w),
                    person ? publicId(w.getIdNumberMasked()) : "—", review.county(c.getRegionPath()),
                    policies.get(c.getPolicyId()).getName(), AllowanceRules.yuan(c.getAmountFen()), from,
                    c.getNoticeUntil(), c.getStatus() == ClaimStatus.OBJECTED);
        }).toList();
    }

    public Office office(Region region) {
        String phone = regions.selfAndAncestors(region.getPath()).stream().map(Region::getOfficePhone)
                .filter(Objects::nonNull).filter(p -> !p.isBlank()).findFirst().orElse("12333");
        return new Office(region.getName() + "人力资源和社会保障局", phone);
    }

    /** ****************34: the last two characters only (the list also names the county), never the birth date. */
    static String publicId(String masked) {
        if (masked == null || masked.length() < 6) {
            return "******";
        }
        return "*".repeat(masked.length() - 2) + masked.substring(masked.length() - 2);
    }
}
