package cn.laowu.bot.flow.outpost;

import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.station.StationService;

/** How an outpost is told to a worker: name, distance when known, phone, hours, address; a few short lines. */
public final class OutpostReplies {

    private OutpostReplies() {
    }

    public static String card(Outpost o, Double fromLatitude, Double fromLongitude) {
        StringBuilder out = new StringBuilder("当地驻外服务中心:").append(o.name());
        if (fromLatitude != null && fromLongitude != null && o.latitude() != null && o.longitude() != null) {
            out.append(' ').append(distance(StationService.distanceKm(fromLatitude, fromLongitude, o.latitude(), o.longitude())));
        }
        out.append("\n电话").append(o.phone());
        if (o.hours() != null) {
            out.append(' ').append(o.hours());
        }
        return out.append("\n地址 ").append(o.address()).toString();
    }

    static String distance(double km) {
        return km < 1 ? Math.round(km * 1000) + "米" : km < 10 ? String.format("%.1f公里", km) : Math.round(km) + "公里";
    }
}
