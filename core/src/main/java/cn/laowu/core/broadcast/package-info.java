/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"broadcast", "notice_opt_in", "job_auto_notice"})
package cn.laowu.core.broadcast;

import cn.laowu.core.support.OwnsTables;
