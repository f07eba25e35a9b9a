/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"job_term"})
package cn.laowu.core.search;

import cn.laowu.core.support.OwnsTables;
