/** Owns no table: it asks the owning features for what it needs. */
@OwnsTables({})
package cn.laowu.core.privacy;

import cn.laowu.core.support.OwnsTables;
