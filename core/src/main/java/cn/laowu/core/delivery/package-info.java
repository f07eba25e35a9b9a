/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"wx_reply_without_redis"})
package cn.laowu.core.delivery;

import cn.laowu.core.support.OwnsTables;
