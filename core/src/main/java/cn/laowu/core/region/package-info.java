/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"region"})
package cn.laowu.core.region;

import cn.laowu.core.support.OwnsTables;
