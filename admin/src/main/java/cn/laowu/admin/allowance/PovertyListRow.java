package cn.laowu.admin.allowance;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ColumnWidth;

/** A row of the poverty-household list as the county has it: 姓名, 身份证号, 户编号; every cell read as text. */
@ColumnWidth(16)
public class PovertyListRow {

    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("身份证号")
    @ColumnWidth(22)
    private String idNumber;
    @ExcelProperty("户编号")
    @ColumnWidth(22)
    private String householdNo;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    boolean isBlank() {
        return blank(name) && blank(idNumber) && blank(householdNo);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
