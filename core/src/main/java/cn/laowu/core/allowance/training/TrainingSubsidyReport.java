package cn.laowu.core.allowance.training;

import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimLookups;
import cn.laowu.core.allowance.Qualification;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.TrainingRecords;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A course's subsidies per trainee, computed from the records by {@link TrainingSubsidyRules} (the
 * same rules that generate the claims), with the claims already generated for the course.
 */
@Service
public class TrainingSubsidyReport {

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final TrainingRecords records;
    private final AllowanceCatalogue catalogue;
    private final TrainingStandards standards;
    private final ClaimLookups claims;

    public TrainingSubsidyReport(CourseService courses, EnrolmentService enrolments, TrainingRecords records,
                                 AllowanceCatalogue catalogue, TrainingStandards standards, ClaimLookups claims) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.records = records;
        this.catalogue = catalogue;
        this.standards = standards;
        this.claims = claims;
    }

    /** One trainee: the three amounts due now (each with how, or why not yet) and the claims made. */
    public record TraineeSubsidies(long enrolmentId, Worker worker, TrainingRecord record,
                                   TrainingSubsidyRules.Line training, TrainingSubsidyRules.Line living,
                                   TrainingSubsidyRules.Line certificate, String claims) {

        public long totalFen() {
            return training.fen() + living.fen() + certificate.fen();
        }
    }

    public record CourseSubsidies(Course course, List<TraineeSubsidies> trainees) {

        public long trainingFen() {
            return trainees.stream().mapToLong(t -> t.training().fen()).sum();
        }

        public long livingFen() {
            return trainees.stream().mapToLong(t -> t.living().fen()).sum();
        }

        public long certificateFen() {
            return trainees.stream().mapToLong(t -> t.certificate().fen()).sum();
        }

        public long totalFen() {
            return trainingFen() + livingFen() + certificateFen();
        }
    }

    /** The viewer's course (NotFoundInScope otherwise); waiting and cancelled sign-ups earn nothing and are left out. */
    public CourseSubsidies forCourse(TrainingViewer viewer, long courseId) {
        Course course = courses.course(viewer, courseId);
        List<TrainingStandard> covering = standards.covering(course.getRegionPath());
        AllowancePolicy trainingPolicy = catalogue.inForce(course.getRegionPath()).stream()
                .filter(p -> p.getQualification() == Qualification.TRAINEE).findFirst().orElse(null);
        Map<Long, AllowancePolicy> policies = catalogue.all();
        List<TraineeSubsidies> list = new ArrayList<>();
        for (EnrolmentService.Entry entry : enrolments.roster(viewer, courseId)) {
            EnrolmentStatus status = entry.enrolment().getStatus();
            if (status == EnrolmentStatus.WAITLISTED || status == EnrolmentStatus.CANCELLED) {
                continue;
            }
            TrainingRecord record = records.record(entry.enrolment().getId()).orElseThrow();
            Worker worker = entry.worker();
            TrainingSubsidyRules.Trainee trainee = TrainingSubsidyRules.Trainee.of(record,
                    Boolean.TRUE.equals(worker.getPovertyRegistered()));
            List<AllowancePolicy> home = catalogue.inForce(worker.getHomeRegionPath());
            TrainingStandard standard = TrainingSubsidyRules.standardFor(covering, course.getRegionPath(),
                    course.getOccupation(), trainee.level()).orElse(null);
            TrainingSubsidyRules.Line training = TrainingSubsidyRules.training(trainee, trainingPolicy, standard);
            if (standard != null && trainingPolicy != null) {
                // Who is paid, as the standard row says for a free or a paid course.
                training = new TrainingSubsidyRules.Line(training.item(), training.fen(), training.how() + "(发给"
                        + standard.recipient(record.courseFree()).label() + ")");
            }
            TrainingSubsidyRules.Line living = TrainingSubsidyRules.living(trainee, of(home, Qualification.POVERTY_TRAINEE));
            TrainingSubsidyRules.Line certificate = TrainingSubsidyRules.certificate(trainee,
                    of(home, Qualification.POVERTY_CERTIFIED));
            String made = claims.ofCourse(worker.getId(), courseId).stream()
                    .map(v -> policies.getOrDefault(v.claim().getPolicyId(), v.policy()).getName() + " "
                            + AllowanceRules.yuan(v.claim().getAmountFen()) + " " + v.claim().getStatus().label())
                    .collect(Collectors.joining(";"));
            list.add(new TraineeSubsidies(entry.enrolment().getId(), worker, record, training, living, certificate, made));
        }
        return new CourseSubsidies(course, list);
    }

    private static AllowancePolicy of(List<AllowancePolicy> policies, Qualification qualification) {
        return policies.stream().filter(p -> p.getQualification() == qualification).findFirst().orElse(null);
    }
}
