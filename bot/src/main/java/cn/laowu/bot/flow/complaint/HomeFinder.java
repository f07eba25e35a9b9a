package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where someone not registered comes from, typed as a township or village name: their township
 * is the office that answers them. Searched within the account's region, or everywhere when the
 * account has none (as registration does).
 */
@Component
class HomeFinder {

    private final RegionService regions;

    HomeFinder(RegionService regions) {
        this.regions = regions;
    }

    Optional<Region> township(DialogContext ctx, String text) {
        String name = text == null ? "" : text.trim();
        if (name.length() < 2 || name.length() > 30) {
            return Optional.empty();
        }
        List<Region> found = new ArrayList<>();
        for (Region scope : regions.find(ctx.regionCode()).map(List::of).orElseGet(regions::topLevel)) {
            found.addAll(regions.searchByName(scope, name, 20));
        }
        Optional<Region> township = found.stream().filter(r -> r.getLevel() == RegionLevel.TOWNSHIP).findFirst();
        if (township.isPresent()) {
            return township;
        }
        return found.stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE).findFirst()
                .flatMap(village -> regions.find(village.getParentCode()));
    }
}
