package cn.laowu.bot.flow.nearby;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.Understanding;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.station.StationService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The service station of a place said by name ("花垣县的服务站在哪里", "我在龙山"): the region of that
 * name in the account's area (the widest match: a county before a village of the same name), and
 * whom to go to there ({@link StationService#contactFor}).
 */
@Component
class PlaceStations {

    /** What is said around a place's name: 我在…, …的服务站在哪里, …有办事的地方不. */
    private static final java.util.regex.Pattern TRIMMINGS = java.util.regex.Pattern.compile(
            "^(我在|我是|我住在|我住|在)|(的)?(就业)?(服务站|服务点|社保站|办事的地方|办事地点|办事处|地址)"
            + "|(去)?(在)?(哪里|哪儿|哪)(可以)?(办|找你们)?|有没有|怎么走|附近|最近的|可以办|不$|吗$");

    private final RegionService regions;
    private final StationService stations;

    PlaceStations(RegionService regions, StationService stations) {
        this.regions = regions;
        this.stations = stations;
    }

    Optional<String> answer(DialogContext ctx, String text) {
        for (String name : names(text)) {
            Optional<Region> region = region(ctx, name);
            if (region.isPresent()) {
                Region r = region.get();
                return Optional.of(stations.contactFor(r.getPath())
                        .map(c -> r.getName() + "的就业服务站:\n·" + c.name() + " 电话" + c.phone()
                                + (c.hours() == null ? "" : " " + c.hours()))
                        .orElse(r.getName() + "还没有登记的服务站电话。可以拨打12333咨询,或发位置给我找最近的服务站。"));
            }
        }
        return Optional.empty();
    }

    /** Place words of the lexicon first (花垣县, 龙山), else the short text itself (a township's name). */
    private static List<String> names(String text) {
        Lexicon lexicon = Understanding.lexicon();
        String normalised = lexicon.normalise(text);
        List<String> out = new ArrayList<>();
        for (Lexicon.Token token : lexicon.segment(normalised)) {
            if ("PLACE".equals(token.concept())) {
                out.add(token.word().length() > 2 ? token.word().replaceAll("(省|市|县)$", "") : token.word());
            }
        }
        String compact = TRIMMINGS.matcher(TextNormaliser.compact(text)).replaceAll("");
        if (out.isEmpty() && compact.length() >= 2 && compact.length() <= 8) {
            out.add(compact);
        }
        return out;
    }

    private Optional<Region> region(DialogContext ctx, String name) {
        List<Region> found = new ArrayList<>();
        for (Region scope : regions.find(ctx.regionCode()).map(List::of).orElseGet(regions::topLevel)) {
            found.addAll(regions.searchByName(scope, name, 10));
        }
        return found.stream().min(Comparator.comparingInt((Region r) -> r.getLevel().ordinal()));
    }
}
