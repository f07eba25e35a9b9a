package cn.laowu.admin.training;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;
import static cn.laowu.core.staff.StaffRole.TRAINING_PROVIDER;

/**
 * 培训: courses, rosters, attendance, results and certificates. A 培训机构 sees and runs only its
 * own courses; staff see the courses of their region, and a township its villagers' enrolments.
 */
@Configuration(proxyBeanMethods = false)
public class TrainingSection {

    public static final Permission VIEW_TRAINING = Permission.of("VIEW_TRAINING",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY, TRAINING_PROVIDER);
    /** Courses and sessions, roll calls, attendance corrections, results and certificates. */
    public static final Permission MANAGE_TRAINING = Permission.of("MANAGE_TRAINING",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TRAINING_PROVIDER);
    /** 订单培训 → the linked job's pipeline: the office's decision, not the institution's. */
    public static final Permission MOVE_TO_JOB = Permission.of("MOVE_TRAINEES_TO_JOB", PREFECTURE_ADMIN, COUNTY_ADMIN);

    @Bean
    ConsoleSection trainingConsoleSection() {
        return ConsoleSection.at(55)
                .nav("/console/training", "培训", VIEW_TRAINING)
                .allowPost(MOVE_TO_JOB, "/console/training/*/move-to-job")
                .allowPost(MANAGE_TRAINING, "/console/training/**")
                .allow(VIEW_TRAINING, "/console/training/**");
    }
}
