package cn.laowu.admin.followup;

import cn.laowu.core.placement.FollowUpService.Answer;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.support.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A follow-up as the clerk writes it down during the call: the wage in yuan as workers say it
 * (kept as typed, so a wrong number comes back to be corrected); the service keeps fen.
 */
public class FollowUpForm {

    private Boolean stillEmployed;
    private String wageYuan;
    private Satisfaction satisfaction;
    private String note;
    private String workPlace;
    private String contractMonths;

    public Answer toAnswer() {
        if (stillEmployed == null) {
            throw new RuleViolation("请选择本人还在不在这家单位。");
        }
        if (!stillEmployed) {
            // Wage and satisfaction are about the job they left: not asked, not kept.
            return new Answer(false, null, null, note, workPlace);
        }
        return new Answer(true, wageFen(), satisfaction, note, workPlace, contract());
    }

    private Integer contract() {
        if (contractMonths == null || contractMonths.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(contractMonths.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("合同期限填月数,如一年填 12,没签合同填 0。");
        }
    }

    private Long wageFen() {
        if (wageYuan == null || wageYuan.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(wageYuan.trim()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RuleViolation("月工资要填数字(元),如 4500;说不清就空着。");
        }
    }

    public Boolean getStillEmployed() {
        return stillEmployed;
    }

    public void setStillEmployed(Boolean stillEmployed) {
        this.stillEmployed = stillEmployed;
    }

    public String getWageYuan() {
        return wageYuan;
    }

    public void setWageYuan(String wageYuan) {
        this.wageYuan = wageYuan;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    public String getContractMonths() {
        return contractMonths;
    }

    public void setContractMonths(String contractMonths) {
        this.contractMonths = contractMonths;
    }
}
