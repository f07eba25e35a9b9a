package cn.laowu.admin.training;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ColumnWidth;
import cn.laowu.core.training.SignInSheetImport;

/**
 * A row of a course's paper sign-in sheet. The trainee is named by 学员编号 and 姓名, never by ID
 * number, so the file carries no ID numbers. (FastExcel maps cells through the accessors.)
 */
@ColumnWidth(14)
public class SignInRow {

    @ExcelProperty("学员编号")
    private String enrolment;
    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("课次")
    private String session;
    @ExcelProperty("上课时间")
    @ColumnWidth(22)
    private String when;
    @ExcelProperty("出勤(是/否)")
    private String present;

    static SignInRow of(long enrolment, String name, int session, String when) {
        SignInRow row = new SignInRow();
        row.enrolment = String.valueOf(enrolment);
        row.name = name;
        row.session = String.valueOf(session);
        row.when = when;
        return row;
    }

    boolean isBlank() {
        return blank(enrolment) && blank(name) && blank(session) && blank(present);
    }

    SignInSheetImport.SheetLine toLine(int row) {
        return new SignInSheetImport.SheetLine(row, enrolment, name, session, present);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(String enrolment) {
        this.enrolment = enrolment;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getPresent() {
        return present;
    }

    public void setPresent(String present) {
        this.present = present;
    }
}
