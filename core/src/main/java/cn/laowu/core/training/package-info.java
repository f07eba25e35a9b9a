/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"training_attendance", "training_course", "training_demand", "training_enrolment", "training_result_rule", "training_session"})
package cn.laowu.core.training;

import cn.laowu.core.support.OwnsTables;
