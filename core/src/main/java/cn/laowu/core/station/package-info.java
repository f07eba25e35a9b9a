/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"service_station"})
package cn.laowu.core.station;

import cn.laowu.core.support.OwnsTables;
