package cn.laowu.admin.allowance;

import cn.laowu.core.allowance.AllowanceReview.NoticeRow;
import cn.laowu.core.privacy.PersonalDataProtector;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The number a 公示 row shows and an objection quotes: ten digits keyed on the claim (HMAC with
 * the data key), so the public list neither reveals how many claims exist nor lets anyone walk
 * them by counting up. An objection's number is looked up among the rows of that region's list.
 */
@Component
class NoticeNumbers {

    private final PersonalDataProtector protector;

    NoticeNumbers(PersonalDataProtector protector) {
        this.protector = protector;
    }

    String of(long claimId) {
        String hash = protector.lookupHash("allowance-notice\n" + claimId);
        return String.format("%010d", Long.parseLong(hash.substring(0, 12), 16) % 10_000_000_000L);
    }

    Optional<Long> claimOf(String number, List<NoticeRow> rows) {
        String digits = number == null ? "" : number.strip();
        return rows.stream().map(NoticeRow::number).filter(id -> of(id).equals(digits)).findFirst();
    }
}
