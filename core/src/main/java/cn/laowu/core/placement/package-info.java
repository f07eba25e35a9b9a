/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"dispatch_batch", "follow_up", "export_tally", "export_counted"})
package cn.laowu.core.placement;

import cn.laowu.core.support.OwnsTables;
