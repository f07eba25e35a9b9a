package cn.laowu.admin.target;

import cn.laowu.core.progress.Snapshot;
import cn.laowu.core.progress.SnapshotRow;

import java.util.List;
import java.util.Map;

/**
 * A small inline SVG of one indicator through the year: completion by month (solid) against the
 * 时间进度 (dashed), 0–120%. Drawn on the server: no script, no CDN, readable on a phone.
 */
final class TrendChart {

    private static final int W = 320;
    private static final int H = 140;
    private static final int PAD = 24;

    private TrendChart() {
    }

    static String svg(Map<Integer, SnapshotRow> byMonth, List<Snapshot> snapshotsOfYear) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" aria-label=\"完成进度走势\" class=\"trend\" style=\"max-width:100%;height:auto\">");
        for (int pct : new int[]{0, 50, 100}) {
            int y = y(pct * 10);
            svg.append("<line x1=\"").append(PAD).append("\" x2=\"").append(W - 4).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"0\" y=\"").append(y + 4)
                    .append("\" font-size=\"9\" fill=\"#666\">").append(pct).append("%</text>");
        }
        for (int month = 1; month <= 12; month++) {
            svg.append("<text x=\"").append(x(month) - 4).append("\" y=\"").append(H - 4)
                    .append("\" font-size=\"9\" fill=\"#666\">").append(month).append("</text>");
        }
        StringBuilder time = new StringBuilder();
        snapshotsOfYear.stream().sorted((a, b) -> a.month() - b.month()).forEach(s ->
                time.append(x(s.month())).append(',').append(y(s.timePermille())).append(' '));
        svg.append("<polyline fill=\"none\" stroke=\"#888\" stroke-dasharray=\"4 3\" points=\"").append(time.toString().trim())
                .append("\"/>");
        StringBuilder line = new StringBuilder();
        byMonth.forEach((month, row) -> {
            if (row.completionPermille() != null) {
                line.append(x(month)).append(',').append(y(row.completionPermille())).append(' ');
                svg.append("<circle r=\"3\" cx=\"").append(x(month)).append("\" cy=\"").append(y(row.completionPermille()))
                        .append("\" fill=\"").append(row.behind() ? "#dc3545" : "#198754").append("\"/>");
            }
        });
        svg.append("<polyline fill=\"none\" stroke=\"#198754\" stroke-width=\"2\" points=\"").append(line.toString().trim())
                .append("\"/></svg>");
        return svg.toString();
    }

    private static int x(int month) {
        return PAD + (month - 1) * (W - PAD - 10) / 11;
    }

    private static int y(int permille) {
        int clamped = Math.max(0, Math.min(1200, permille));
        return H - 16 - clamped * (H - 26) / 1200;
    }
}
