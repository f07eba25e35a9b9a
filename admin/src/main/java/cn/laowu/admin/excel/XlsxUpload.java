package cn.laowu.admin.excel;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * An uploaded .xlsx read row by row: anything that is not one (a zip) is refused before parsing,
 * and reading stops past the row limit, so a huge file cannot exhaust memory.
 */
public final class XlsxUpload {

    private XlsxUpload() {
    }

    /**
     * The first sheet's non-blank rows, each made a line with its row number as Excel shows it; at
     * most {@code maxRows} + 1 of them, so that the caller can say the file is too long.
     */
    public static <R, L> List<L> read(InputStream raw, Class<R> rowType, Predicate<R> blank,
                                      BiFunction<R, Integer, L> toLine, int maxRows) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new IOException("Not an .xlsx file");
        }
        List<L> lines = new ArrayList<>();
        FastExcel.read(in, rowType, new ReadListener<R>() {
            @Override
            public void invoke(R row, AnalysisContext context) {
                if (!blank.test(row)) {
                    lines.add(toLine.apply(row, context.readRowHolder().getRowIndex() + 1));
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // the rows are checked together afterwards
            }

            @Override
            public boolean hasNext(AnalysisContext context) {
                return lines.size() <= maxRows;
            }
        }).sheet(0).doRead();
        return lines;
    }
}
