package cn.laowu.core.outpost;

import java.time.LocalDateTime;

/**
 * A 驻外劳务服务中心 (kind 驻外 in the office tree): run by the 州 or a county ({@code parentRegionPath}),
 * sited where our workers work. Optionally it has its own official account ({@code appid}).
 */
public record Outpost(long id, String name, String parentRegionCode, String parentRegionPath, String address,
                      String phone, String hours, Double latitude, Double longitude, String appid,
                      LocalDateTime closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
