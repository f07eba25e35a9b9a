package cn.laowu.core.allowance;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What allowances write to the 操作日志: policies, subsidy standards, claims (ALLOWANCE_ + the status), batches. */
@Component
class AllowanceAuditCodes implements AuditCodes {

    /** The prefix of a claim's move: ALLOWANCE_PAID reads 补贴申请转为已发放. */
    static final String MOVE = "ALLOWANCE_";

    @Override
    public AuditVocabulary vocabulary() {
        AuditVocabulary codes = new AuditVocabulary()
                .owns("allowance_policy", "补贴政策")
                .action("CREATE", "新建")
                .action("EDIT", "修改")
                .owns("training_subsidy_standard", "培训补贴标准")
                .action("CREATE", "新建")
                .action("EDIT", "修改")
                .action("DELETE", "删除")
                .owns("allowance_batch", "补贴发放批次")
                .action("PAYMENT_BATCH", "生成发放批次")
                .action("PAID", "确认已发放")
                .action("EXPORT_LEDGER", "下载发放台账(含账号)")
                // Written by earlier versions' export (before the ledger), still in old logs.
                .action("EXPORT", "导出(脱敏)")
                .action("EXPORT_FULL", "导出完整台账")
                .owns("allowance_claim", "补贴申请")
                .action("CLAIM", "本人申请补贴")
                .action("SUPPLY_EVIDENCE", "本人补交材料")
                .action("GENERATE", "自动生成补贴申请")
                .action("OBJECTION", "公示异议")
                .action("LIST_MATCHED", "核对上建档立卡名单");
        for (ClaimStatus status : ClaimStatus.values()) {
            codes.action(MOVE + status.name(), "补贴申请转为" + status.label());
        }
        return codes;
    }
}
