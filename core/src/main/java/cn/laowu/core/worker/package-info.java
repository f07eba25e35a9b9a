/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"worker", "worker_total", "worker_tally"})
package cn.laowu.core.worker;

import cn.laowu.core.support.OwnsTables;
