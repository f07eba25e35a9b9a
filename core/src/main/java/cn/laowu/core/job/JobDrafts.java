package cn.laowu.core.job;

import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;

/** The checks of a clerk's job form, shared by creating a job and editing it, and how it fills a job. */
final class JobDrafts {

    private JobDrafts() {
    }

    static void apply(JobService.JobDraft d, Job job, Employer employer) {
        Text.required(d.title(), "岗位名称", 64);
        Text.required(d.industry(), "行业", 32);
        Text.required(d.workPlace(), "工作地点", 64);
        if (d.workArea() == null) {
            throw new RuleViolation("请选择工作地区(省外/省内/州内/县内)。");
        }
        if (d.wageMinFen() <= 0 || d.wageMaxFen() < d.wageMinFen()) {
            throw new RuleViolation("月薪范围不对:最低要大于0,最高不能低于最低。");
        }
        if (d.headcount() < 1 || d.headcount() > 10_000) {
            throw new RuleViolation("招聘人数应在1到10000之间。");
        }
        if (d.ageMin() != null && d.ageMax() != null && d.ageMin() > d.ageMax()) {
            throw new RuleViolation("年龄要求不对:最小年龄大于最大年龄。");
        }
        // 劳动法第十五条: no one under 16 is employed.
        if (d.ageMin() != null && (d.ageMin() < 16 || d.ageMin() > 100)
                || d.ageMax() != null && (d.ageMax() < 16 || d.ageMax() > 100)) {
            throw new RuleViolation("年龄要求应在16到100岁之间。");
        }
        Text.limited(d.hours(), "工作时间", 64);
        Text.limited(d.foodLodging(), "吃住", 64);
        Text.limited(d.socialInsurance(), "社保", 64);
        Text.limited(d.healthRequirement(), "身体要求", 128);
        job.setEmployerId(employer.getId());
        job.setTitle(d.title().trim());
        job.setIndustry(d.industry().trim());
        job.setWorkArea(d.workArea());
        job.setWorkPlace(d.workPlace().trim());
        job.setWageMinFen(d.wageMinFen());
        job.setWageMaxFen(d.wageMaxFen());
        job.setHours(Text.blankToNull(d.hours()));
        job.setFoodLodging(Text.blankToNull(d.foodLodging()));
        job.setSocialInsurance(Text.blankToNull(d.socialInsurance()));
        job.setAgeMin(d.ageMin());
        job.setAgeMax(d.ageMax());
        job.setHealthRequirement(Text.blankToNull(d.healthRequirement()));
        job.setHeadcount(d.headcount());
        job.setTrainingRequired(d.trainingRequired());
        job.setEndsOn(d.endsOn());
        job.setSearchText(String.join(" ", job.getTitle(), job.getIndustry(), job.getWorkPlace(), employer.getName(),
                employer.getLocation(), d.workArea().label()));
    }
}
