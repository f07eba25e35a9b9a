package cn.laowu.core.allowance;

import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.application.PlacedHint;
import org.springframework.stereotype.Component;

/** Tells a worker just placed that this placement's fare allowance can be claimed now (建档立卡, unclaimed). */
@Component
class FareHint implements PlacedHint {

    static final String TEXT = "外出的车费补贴现在可以申领了:回复 补贴申领。";

    private final AllowanceClaims allowances;

    FareHint(AllowanceClaims allowances) {
        this.allowances = allowances;
    }

    @Override
    public String onPlaced(ApplicationStatusChanged change) {
        boolean claimable = allowances.options(change.workerId()).stream().anyMatch(o -> o.claimable() && o.asksCost()
                && Long.valueOf(change.applicationId()).equals(o.applicationId()));
        return claimable ? TEXT : null;
    }
}
