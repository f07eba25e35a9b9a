package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.worker.WorkArea;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a worker who found work alone works, asked before the fare (004 第二十条 pays by it): a number
 * of the list, or the words people say (省外, 省内, 州内, 本县).
 */
final class FareArea {

    static final String QUESTION = "您在哪里务工?\n1. 省外\n2. 省内(州外)\n3. 州内、本县以外\n(在本县内务工没有路费补助)";
    static final String AGAIN = "请回复 1 省外、2 省内(州外)或 3 州内、本县以外。";
    private static final List<WorkArea> LISTED = List.of(WorkArea.OUT_OF_PROVINCE, WorkArea.IN_PROVINCE, WorkArea.IN_PREFECTURE);

    private FareArea() {
    }

    /** 交通路费补助(自己外出务工也能报:实际车费,省外最多400元、省内200元、州内县外100元) */
    static String offer(AllowancePolicy policy) {
        return policy.getName() + "(自己外出务工也能报:实际车费,省外最多" + AllowanceRules.yuan(policy.getCapOutProvinceFen())
                + "、省内" + AllowanceRules.yuan(policy.getCapInProvinceFen())
                + (policy.getCapInPrefectureFen() == null ? "" : "、州内县外" + AllowanceRules.yuan(policy.getCapInPrefectureFen()))
                + ")";
    }

    static Optional<WorkArea> parse(String input) {
        OptionalInt choice = ChoiceParser.parse(input);
        if (choice.isPresent()) {
            int n = choice.getAsInt();
            return n >= 1 && n <= LISTED.size() ? Optional.of(LISTED.get(n - 1)) : Optional.empty();
        }
        String text = TextNormaliser.compact(input);
        if (text.contains("省外") || text.contains("外省")) {
            return Optional.of(WorkArea.OUT_OF_PROVINCE);
        }
        if (text.contains("县内") || text.contains("本县")) {
            return Optional.of(WorkArea.IN_COUNTY);
        }
        if (text.contains("州内")) {
            return Optional.of(WorkArea.IN_PREFECTURE);
        }
        return text.contains("省内") ? Optional.of(WorkArea.IN_PROVINCE) : Optional.empty();
    }
}
