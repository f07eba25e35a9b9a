package cn.laowu.core.progress;

/**
 * The figures kept per home region and month in progress_month. A flow is what happened in the
 * month (summed over months for a year to date); a stock is the state at the month's end.
 */
public enum Measure {
    TRANSFER_OUT("transfer_out", false),
    TRANSFER_PROVINCE("transfer_province", false),
    TRANSFER_COUNTY("transfer_county", false),
    TRANSFER_POOR("transfer_poor", false),
    STABLE("stable", false),
    TRAINED("trained", false),
    TRAINED_EMPLOYED("trained_employed", false),
    INCOME_FEN("income_fen", false),
    /** placements in work during the month, and those of them with a wage on record: 劳务收入's coverage */
    IN_WORK("in_work", true),
    IN_WORK_WITH_WAGE("in_work_with_wage", true),
    COMPLAINTS("complaints", false),
    COMPLAINTS_DUE("complaints_due", false),
    COMPLAINTS_ON_TIME("complaints_on_time", false),
    WORKERS("workers", true),
    WORKERS_POOR("workers_poor", true),
    WORKERS_REVIEWED("workers_reviewed", true);

    private final String column;
    private final boolean stock;

    Measure(String column, boolean stock) {
        this.column = column;
        this.stock = stock;
    }

    public String column() {
        return column;
    }

    public boolean stock() {
        return stock;
    }
}
