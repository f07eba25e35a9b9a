/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"delivery"})
package cn.laowu.core.outbox;

import cn.laowu.core.support.OwnsTables;
