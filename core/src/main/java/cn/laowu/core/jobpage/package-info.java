/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"job_page"})
package cn.laowu.core.jobpage;

import cn.laowu.core.support.OwnsTables;
