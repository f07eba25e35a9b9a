/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"job", "employer"})
package cn.laowu.core.job;

import cn.laowu.core.support.OwnsTables;
