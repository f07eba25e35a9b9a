/** Owns no table: it asks the owning features for what it needs. */
@OwnsTables({})
package cn.laowu.core.replica;

import cn.laowu.core.support.OwnsTables;
