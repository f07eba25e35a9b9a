package cn.laowu.core.poverty;

/** A row of the list as read from the spreadsheet (row number as Excel shows it). */
public record PovertyLine(int row, String name, String idNumber, String householdNo) {
}
