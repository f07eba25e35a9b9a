package cn.laowu.core.outpost;

import java.util.List;

/** What staff give for an outpost; {@code areaCodes} are destination_division codes. */
public record NewOutpost(String name, String parentRegionCode, String address, String phone, String hours,
                         Double latitude, Double longitude, String appid, List<String> areaCodes) {
}
