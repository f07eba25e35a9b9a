/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"audit_log"})
package cn.laowu.core.audit;

import cn.laowu.core.support.OwnsTables;
