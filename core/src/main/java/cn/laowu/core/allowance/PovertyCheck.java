package cn.laowu.core.allowance;

import cn.laowu.core.poverty.PovertyList;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

/**
 * 建档立卡 as the allowances see it. A worker on their county's poverty list qualifies whatever they said; one who
 * only said so qualifies too, but in a county that has imported its list their claims wait (待核对名单) until the
 * list has them. A county that has not imported a list yet is reviewed as before, by the township.
 */
@Component
public class PovertyCheck {

    private final PovertyList list;

    PovertyCheck(PovertyList list) {
        this.list = list;
    }

    public boolean qualifies(Worker worker) {
        return Boolean.TRUE.equals(worker.getPovertyRegistered()) || list.listed(worker);
    }

    /** Whether a claim of this policy for this worker must wait for the list. */
    boolean waits(AllowancePolicy policy, Worker worker) {
        return needsPoverty(policy.getQualification()) && list.hasList(worker.getHomeRegionPath())
                && !list.listed(worker);
    }

    static boolean needsPoverty(Qualification q) {
        return q.name().startsWith("POVERTY_") || q == Qualification.EMPLOYER;
    }
}
