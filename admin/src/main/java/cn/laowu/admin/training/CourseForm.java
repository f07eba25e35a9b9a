package cn.laowu.admin.training;

import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/** The course form as posted; kept on a refusal so nothing typed is lost. */
public class CourseForm implements Serializable {

    private String title;
    private CourseKind kind = CourseKind.PRE_EMPLOYMENT;
    private String occupation;
    private CertificateLevel targetLevel = CertificateLevel.BASIC;
    private Long institutionId;
    private String regionCode;
    private String place;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private Integer capacity;
    private boolean free = true;
    private String teachers;
    private String teachingPlan;
    private Long jobId;

    CourseService.CourseDraft draft() {
        return new CourseService.CourseDraft(title, kind, occupation, targetLevel, institutionId, regionCode, place,
                startsOn, endsOn, capacity == null ? 0 : capacity, free, teachers, teachingPlan, jobId);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public CourseKind getKind() { return kind; }
    public void setKind(CourseKind kind) { this.kind = kind; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public CertificateLevel getTargetLevel() { return targetLevel; }
    public void setTargetLevel(CertificateLevel targetLevel) { this.targetLevel = targetLevel; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isFree() { return free; }
    public void setFree(boolean free) { this.free = free; }
    public String getTeachers() { return teachers; }
    public void setTeachers(String teachers) { this.teachers = teachers; }
    public String getTeachingPlan() { return teachingPlan; }
    public void setTeachingPlan(String teachingPlan) { this.teachingPlan = teachingPlan; }
    public Long getJobId() { return jobId; }
    public void setJobId(Long jobId) { this.jobId = jobId; }
}
