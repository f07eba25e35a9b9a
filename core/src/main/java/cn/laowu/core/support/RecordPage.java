package cn.laowu.core.support;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the records behind a figure (the 调度表's drill-down), as each feature lists its own:
 * the person's name unmasked (the console masks it for the viewer's role), the ID number masked.
 *
 * @param total    all records behind the figure, not just this page
 * @param totalFen for money figures (劳务收入) the sum over all records, else 0
 */
public record RecordPage(List<Line> lines, long total, long totalFen) {

    /**
     * @param amountFen money this record adds to the figure (劳务收入), else null
     * @param late      for complaints: concluded past the limit, or still open past it; else null
     */
    public record Line(long id, String name, String idNumberMasked, LocalDate day, String what, Long amountFen,
                       Boolean late) {
    }
}
