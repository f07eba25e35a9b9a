package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.StepFlow.Outcome;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static cn.laowu.bot.dialog.StepFlow.next;
import static cn.laowu.bot.dialog.StepFlow.retry;

/**
 * 实名登记's home village: typed by name (a township's name lists its villages), searched within the
 * account's region, picked by number when several match. The choices offered wait in the dialog
 * data until one is picked or a new name is typed.
 */
@Component
class VillagePicker {

    private static final String CHOICES = "villageChoices";

    private final RegionService regions;

    VillagePicker(RegionService regions) {
        this.regions = regions;
    }

    String prompt(DialogContext ctx) {
        String choices = ctx.state().getData().get(CHOICES);
        if (choices == null) {
            return "第4步:您的户口在哪个村?请直接打村名,比如 德夯村;想不起村名可以先打乡镇名。";
        }
        StringBuilder out = new StringBuilder("第4步:是哪一个?回复序号:");
        String[] entries = choices.split(";");
        for (int i = 0; i < entries.length; i++) {
            out.append('\n').append(i + 1).append(". ").append(entries[i].split("=", 2)[1]);
        }
        return out.append("\n都不是就重新打村名。").toString();
    }

    Outcome accept(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        String choices = data.get(CHOICES);
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choices != null && choice.isPresent()) {
            String[] entries = choices.split(";");
            if (choice.getAsInt() > entries.length) {
                return retry("没有第" + choice.getAsInt() + "个。");
            }
            data.put("village", entries[choice.getAsInt() - 1].split("=", 2)[0]);
            data.remove(CHOICES);
            return next();
        }
        String text = TextNormaliser.compact(input.text());
        if (text.length() < 2) {
            data.remove(CHOICES);
            return retry("请打村名,至少两个字。");
        }
        List<Region> villages = candidates(ctx, text);
        if (villages.isEmpty()) {
            data.remove(CHOICES);
            return retry("没有找到「" + text + "」。请打村名或乡镇名的全称,比如 德夯村 或 矮寨镇。");
        }
        if (villages.size() == 1) {
            data.put("village", villages.get(0).getCode());
            data.remove(CHOICES);
            return next();
        }
        List<String> entries = new ArrayList<>();
        for (Region village : villages.subList(0, Math.min(8, villages.size()))) {
            entries.add(village.getCode() + "=" + label(village));
        }
        data.put(CHOICES, String.join(";", entries));
        return retry("找到几个地方。");
    }

    private List<Region> candidates(DialogContext ctx, String text) {
        List<Region> found = new ArrayList<>();
        for (Region scope : scopes(ctx)) {
            found.addAll(regions.searchByName(scope, text, 20));
        }
        List<Region> villages = found.stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE).toList();
        if (!villages.isEmpty()) {
            return villages;
        }
        return found.stream().filter(r -> r.getLevel() == RegionLevel.TOWNSHIP).findFirst()
                .map(township -> regions.children(township.getCode())).orElse(List.of());
    }

    /** The account's own region; an account without one searches every top-level region. */
    private List<Region> scopes(DialogContext ctx) {
        return regions.find(ctx.regionCode()).map(List::of).orElseGet(regions::topLevel);
    }

    private String label(Region village) {
        return regions.find(village.getParentCode()).map(p -> p.getName() + " " + village.getName())
                .orElse(village.getName());
    }
}
