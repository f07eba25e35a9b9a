package cn.laowu.bot.dialog;

import java.util.List;

/**
 * Renders a numbered list a page at a time, so a reply stays within about two phone screens.
 * Numbers run on across pages (7, 8 … on page two), so a number always means the same item.
 */
public final class Pager {

    public static final int PAGE_SIZE = 6;

    private Pager() {
    }

    public static int pages(int items) {
        return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public static int clamp(int page, int items) {
        return Math.max(0, Math.min(page, pages(items) - 1));
    }

    public static String render(String header, List<String> items, int page, String footer) {
        int from = clamp(page, items.size()) * PAGE_SIZE;
        int to = Math.min(items.size(), from + PAGE_SIZE);
        StringBuilder out = new StringBuilder(header);
        for (int i = from; i < to; i++) {
            out.append('\n').append(i + 1).append(". ").append(items.get(i));
        }
        out.append('\n');
        if (to < items.size()) {
            out.append("\n回复 下一页 看更多");
        }
        if (from > 0) {
            out.append("\n回复 上一页 往回看");
        }
        if (footer != null && !footer.isEmpty()) {
            out.append('\n').append(footer);
        }
        return out.toString();
    }
}
