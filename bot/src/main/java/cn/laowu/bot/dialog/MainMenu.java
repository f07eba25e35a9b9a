package cn.laowu.bot.dialog;

import java.util.List;

/**
 * The text menu, in two pages: the nine everyday services first, then the worker's own records and
 * a person (我的投诉, 我的培训, 我的补贴, 人工) behind "更多", still answered by their numbers from
 * either page. A cheap phone shows nine lines without scrolling; nothing is out of reach.
 */
final class MainMenu {

    static final int FIRST_PAGE = 9;

    private final Intents intents;

    MainMenu(Intents intents) {
        this.intents = intents;
    }

    String firstPage() {
        List<Intents.Intent> items = intents.menu();
        StringBuilder out = new StringBuilder("请回复数字:");
        for (int i = 0; i < Math.min(FIRST_PAGE, items.size()); i++) {
            out.append('\n').append(i + 1).append(". ").append(items.get(i).label());
        }
        if (items.size() > FIRST_PAGE) {
            out.append("\n回复 更多 看:").append(String.join("、",
                    items.subList(FIRST_PAGE, items.size()).stream().map(Intents.Intent::label).toList()));
        }
        return out.append("\n也可以直接说要办的事,比如\"找活\"\"工资不发\"。").toString();
    }

    String secondPage() {
        List<Intents.Intent> items = intents.menu();
        StringBuilder out = new StringBuilder("更多服务,请回复数字:");
        for (int i = FIRST_PAGE; i < items.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(items.get(i).label());
        }
        return out.append("\n回复 菜单 回到第一页。").toString();
    }
}
