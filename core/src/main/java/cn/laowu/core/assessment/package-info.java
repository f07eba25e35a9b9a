/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"assessment_result", "assessment_run", "assessment_sheet"})
package cn.laowu.core.assessment;

import cn.laowu.core.support.OwnsTables;
