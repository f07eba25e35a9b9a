package cn.laowu.core.allowance;

import cn.laowu.core.privacy.PersonalDataProtector;
import org.springframework.stereotype.Component;

/**
 * The number a 公示 row shows and an objection quotes (page or chat alike): ten digits keyed on the
 * claim (HMAC with the data key), so the public list neither reveals how many claims exist nor lets
 * anyone walk them by counting up. An objection's number is looked up among the rows of a list.
 */
@Component
public class NoticeNumbers {

    private final PersonalDataProtector protector;

    public NoticeNumbers(PersonalDataProtector protector) {
        this.protector = protector;
    }

    public String of(long claimId) {
        String hash = protector.lookupHash("allowance-notice\n" + claimId);
        return String.format("%010d", Long.parseLong(hash.substring(0, 12), 16) % 10_000_000_000L);
    }
}
