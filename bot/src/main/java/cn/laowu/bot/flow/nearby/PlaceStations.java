package cn.laowu.bot.flow.nearby;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.TextNormaliser;
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
        String compact = TextNormaliser.compact(text).replaceFirst("^(我在|在|我是|我住)", "");
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
