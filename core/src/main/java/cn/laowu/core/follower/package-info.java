/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"wx_follower"})
package cn.laowu.core.follower;

import cn.laowu.core.support.OwnsTables;
