package cn.laowu.bot.flow.register;

import cn.laowu.core.privacy.ChineseIdNumber;

import java.util.Optional;

/**
 * What a flow that sends workers through 实名登记 (to apply for a job, say) can already refuse
 * from the ID number alone, so the worker hears it at step 2 rather than after all seven.
 */
public interface RegistrationCheck {

    /** The id of the flow that sent the worker, whose detour argument this check reads. */
    String flow();

    /** Why the person cannot have what they came for (Chinese, for the worker), or empty. */
    Optional<String> refuse(String argument, ChineseIdNumber id);
}
