package cn.laowu.bot.dialog;

import cn.laowu.core.support.TextNormaliser;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Words that work everywhere, inside any flow or none: 菜单, 取消, 返回, 下一页. */
enum UniversalWord {
    MENU("菜单", "主菜单", "帮助", "?", "目录"),
    CANCEL("取消", "退出", "不办了", "算了", "结束"),
    BACK("返回", "上一步", "后退", "回去"),
    NEXT_PAGE("下一页", "下页", "更多", "后一页"),
    PREVIOUS_PAGE("上一页", "上页", "前一页");

    private final Set<String> words;

    UniversalWord(String... words) {
        this.words = Set.of(words);
    }

    /** The word the whole message is; "?" survives only folding, which keeps punctuation. */
    static Optional<UniversalWord> of(String text) {
        String word = TextNormaliser.compact(text);
        if (MENU.words.contains(TextNormaliser.fold(text))) {
            return Optional.of(MENU);
        }
        return Arrays.stream(values()).filter(w -> w.words.contains(word)).findFirst();
    }
}
