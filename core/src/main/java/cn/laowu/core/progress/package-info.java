/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"progress_month", "dispatch_snapshot", "dispatch_row", "dispatch_interview"})
package cn.laowu.core.progress;

import cn.laowu.core.support.OwnsTables;
