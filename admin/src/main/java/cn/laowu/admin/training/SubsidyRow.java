package cn.laowu.admin.training;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ColumnWidth;
import cn.laowu.core.allowance.training.TrainingSubsidyReport.TraineeSubsidies;

import java.math.BigDecimal;

/** One trainee's subsidies in the course's export (ID numbers masked, as on the page). */
@ColumnWidth(12)
public class SubsidyRow {

    @ExcelProperty("学员编号")
    private String enrolment;
    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("身份证")
    @ColumnWidth(22)
    private String idNumber;
    @ExcelProperty("建档立卡")
    private String poverty;
    @ExcelProperty("状态")
    private String status;
    @ExcelProperty("出勤(天)")
    private Integer days;
    @ExcelProperty("证书")
    @ColumnWidth(20)
    private String certificate;
    @ExcelProperty("培训补贴(元)")
    private BigDecimal training;
    @ExcelProperty("培训补贴计算")
    @ColumnWidth(50)
    private String trainingHow;
    @ExcelProperty("生活补贴(元)")
    private BigDecimal living;
    @ExcelProperty("生活补贴计算")
    @ColumnWidth(36)
    private String livingHow;
    @ExcelProperty("证书补助(元)")
    private BigDecimal bonus;
    @ExcelProperty("证书补助计算")
    @ColumnWidth(36)
    private String bonusHow;
    @ExcelProperty("合计(元)")
    private BigDecimal total;
    @ExcelProperty("已生成的申请")
    @ColumnWidth(40)
    private String claims;

    static SubsidyRow of(TraineeSubsidies t) {
        SubsidyRow row = new SubsidyRow();
        row.enrolment = String.valueOf(t.enrolmentId());
        row.name = t.worker().getName();
        row.idNumber = t.worker().getIdNumberMasked();
        row.poverty = Boolean.TRUE.equals(t.worker().getPovertyRegistered()) ? "是" : "否";
        row.status = t.record().status().label();
        row.days = t.record().daysAttended();
        row.certificate = t.record().certificateSerial() == null ? ""
                : t.record().certificateLevel().label() + " " + t.record().certificateSerial();
        row.training = yuan(t.training().fen());
        row.trainingHow = t.training().how();
        row.living = yuan(t.living().fen());
        row.livingHow = t.living().how();
        row.bonus = yuan(t.certificate().fen());
        row.bonusHow = t.certificate().how();
        row.total = yuan(t.totalFen());
        row.claims = t.claims();
        return row;
    }

    static SubsidyRow total(long training, long living, long bonus, long total) {
        SubsidyRow row = new SubsidyRow();
        row.name = "合计";
        row.training = yuan(training);
        row.living = yuan(living);
        row.bonus = yuan(bonus);
        row.total = yuan(total);
        return row;
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public String getEnrolment() { return enrolment; }
    public String getName() { return name; }
    public String getIdNumber() { return idNumber; }
    public String getPoverty() { return poverty; }
    public String getStatus() { return status; }
    public Integer getDays() { return days; }
    public String getCertificate() { return certificate; }
    public BigDecimal getTraining() { return training; }
    public String getTrainingHow() { return trainingHow; }
    public BigDecimal getLiving() { return living; }
    public String getLivingHow() { return livingHow; }
    public BigDecimal getBonus() { return bonus; }
    public String getBonusHow() { return bonusHow; }
    public BigDecimal getTotal() { return total; }
    public String getClaims() { return claims; }
}
