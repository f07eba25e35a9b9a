/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"allowance_claim", "allowance_evidence", "allowance_objection", "allowance_payment_batch", "allowance_policy", "training_subsidy_standard"})
package cn.laowu.core.allowance;

import cn.laowu.core.support.OwnsTables;
