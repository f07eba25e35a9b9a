package cn.laowu.core.worker;

import cn.laowu.core.support.Text;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks a village register before anything is saved: every problem of every row is reported
 * (row, column, reason), and only a register without problems is imported, in one transaction.
 */
@Service
public class WorkerImport {

    public static final int MAX_ROWS = 5_000;

    private final RegionService regions;
    private final WorkerMapper workers;
    private final PersonalDataProtector protector;

    public WorkerImport(RegionService regions, WorkerMapper workers, PersonalDataProtector protector) {
        this.regions = regions;
        this.workers = workers;
        this.protector = protector;
    }

    public record RowError(int row, String column, String reason) {
    }

    /** A valid row: what registration needs, and the rest of the card. */
    public record Checked(NewWorker worker, Consumer<Worker> details) {
    }

    public record Result(List<Checked> valid, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result check(RegionScope scope, List<ImportLine> lines) {
        List<RowError> errors = new ArrayList<>();
        List<Checked> valid = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new RowError(0, "", "表格里没有数据行。请在模板第2行起填写。"));
            return new Result(valid, errors);
        }
        if (lines.size() > MAX_ROWS) {
            errors.add(new RowError(0, "", "一次最多导入" + MAX_ROWS + "行,请分批导入。"));
            return new Result(valid, errors);
        }
        Map<String, List<Region>> villagesByName = new HashMap<>();
        Map<String, Region> villagesByCode = new HashMap<>();
        for (Region region : regions.inScope(scope)) {
            villagesByCode.put(region.getCode(), region);
            villagesByName.computeIfAbsent(region.getName(), k -> new ArrayList<>()).add(region);
        }
        Set<String> seenIds = new HashSet<>();
        for (ImportLine line : lines) {
            int before = errors.size();
            String name = trim(line.name());
            if (name.isEmpty() || name.length() > 64) {
                errors.add(new RowError(line.row(), "姓名", name.isEmpty() ? "必填" : "最多64个字"));
            }
            ChineseIdNumber id = null;
            try {
                id = ChineseIdNumber.parse(line.idNumber());
                if (!seenIds.add(id.value())) {
                    errors.add(new RowError(line.row(), "身份证号", "与表格中前面的行重复"));
                } else if (exists(id)) {
                    errors.add(new RowError(line.row(), "身份证号", "此人已经建档,不能重复登记"));
                }
            } catch (ChineseIdNumber.InvalidIdNumber e) {
                errors.add(new RowError(line.row(), "身份证号", e.hint()));
            }
            String phone = trim(line.phone());
            if (!phone.isEmpty() && !WorkerService.normalisePhone(phone).matches("1\\d{10}")) {
                errors.add(new RowError(line.row(), "手机号", "应为11位数字,以1开头"));
            }
            Region village = village(line, villagesByCode, villagesByName, errors);
            Boolean poverty = yesNo(line.row(), "建档立卡", line.povertyRegistered(), errors);
            Boolean youth = yesNo(line.row(), "两后生", line.postSchoolYouth(), errors);
            Integer family = integer(line.row(), "家庭人口", line.familyMembers(), 1, 30, errors);
            Long wage = yuan(line.row(), "月薪(元)", line.monthlyWageYuan(), errors);
            Long expected = yuan(line.row(), "期望月薪(元)", line.expectedWageYuan(), errors);
            EmploymentStatus status = employment(line.row(), line.employmentStatus(), errors);
            WorkArea area = area(line.row(), line.intendedArea(), errors);
            if (errors.size() > before) {
                continue;
            }
            NewWorker worker = new NewWorker(name, id, phone.isEmpty() ? null : phone, village.getCode(),
                    Boolean.TRUE.equals(poverty));
            valid.add(new Checked(worker, w -> {
                w.setPostSchoolYouth(Boolean.TRUE.equals(youth));
                w.setEducation(Text.blankToNull(line.education()));
                w.setSkillLevel(Text.blankToNull(line.skillLevel()));
                w.setHealth(Text.blankToNull(line.health()));
                w.setFamilyMembers(family);
                w.setEmploymentStatus(status);
                w.setWorkPlace(Text.blankToNull(line.workPlace()));
                w.setEmployer(Text.blankToNull(line.employer()));
                w.setJobTitle(Text.blankToNull(line.jobTitle()));
                w.setMonthlyWageFen(wage);
                w.setIntendedArea(area);
                w.setIntendedIndustry(Text.blankToNull(line.intendedIndustry()));
                w.setIntendedJob(Text.blankToNull(line.intendedJob()));
                w.setExpectedWageFen(expected);
            }));
        }
        return new Result(errors.isEmpty() ? valid : List.of(), errors);
    }

    private boolean exists(ChineseIdNumber id) {
        return workers.selectCount(new LambdaQueryWrapper<Worker>()
                .eq(Worker::getIdNumberHash, protector.lookupHash(id.value()))) > 0;
    }

    /** A village of the scope, by its 12-digit code or by its name when that is unambiguous. */
    private static Region village(ImportLine line, Map<String, Region> byCode, Map<String, List<Region>> byName,
                                  List<RowError> errors) {
        String text = trim(line.village());
        if (text.isEmpty()) {
            errors.add(new RowError(line.row(), "村", "必填:填村的区划代码(12位)或村名"));
            return null;
        }
        Region byCodeMatch = byCode.get(text);
        if (byCodeMatch != null) {
            return requireVillage(line, byCodeMatch, errors);
        }
        List<Region> named = byName.getOrDefault(text, List.of());
        if (named.size() == 1) {
            return requireVillage(line, named.get(0), errors);
        }
        errors.add(new RowError(line.row(), "村", named.isEmpty()
                ? "您的辖区里没有「" + text + "」"
                : "辖区里有" + named.size() + "个「" + text + "」,请填区划代码"));
        return null;
    }

    private static Region requireVillage(ImportLine line, Region region, List<RowError> errors) {
        if (region.getLevel() != RegionLevel.VILLAGE) {
            errors.add(new RowError(line.row(), "村", "「" + region.getName() + "」不是村/社区,请填到村"));
            return null;
        }
        return region;
    }

    private static Boolean yesNo(int row, String column, String value, List<RowError> errors) {
        String text = trim(value);
        return switch (text) {
            case "" , "否", "不是", "N", "n", "0" -> false;
            case "是", "Y", "y", "1" -> true;
            default -> {
                errors.add(new RowError(row, column, "填\"是\"或\"否\""));
                yield null;
            }
        };
    }

    private static Integer integer(int row, String column, String value, int min, int max, List<RowError> errors) {
        String text = trim(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int n = (int) Double.parseDouble(text);
            if (n >= min && n <= max && n == Double.parseDouble(text)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new RowError(row, column, "填" + min + "到" + max + "之间的整数"));
        return null;
    }

    private static Long yuan(int row, String column, String value, List<RowError> errors) {
        String text = trim(value).replace(",", "").replace("元", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            double yuan = Double.parseDouble(text);
            if (yuan >= 0 && yuan <= 1_000_000) {
                return Math.round(yuan * 100);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new RowError(row, column, "填金额(元),如 4500"));
        return null;
    }

    private static EmploymentStatus employment(int row, String value, List<RowError> errors) {
        String text = trim(value);
        for (EmploymentStatus status : EmploymentStatus.values()) {
            if (text.equals(status.label())) {
                return status;
            }
        }
        if (text.isEmpty()) {
            return EmploymentStatus.SEEKING;
        }
        errors.add(new RowError(row, "就业状态", "填\"已就业\"或\"未就业\""));
        return null;
    }

    private static WorkArea area(int row, String value, List<RowError> errors) {
        String text = trim(value);
        if (text.isEmpty()) {
            return null;
        }
        for (WorkArea area : WorkArea.values()) {
            if (text.equals(area.label())) {
                return area;
            }
        }
        errors.add(new RowError(row, "意向地区", "填省外、省内、州内或县内"));
        return null;
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

}
