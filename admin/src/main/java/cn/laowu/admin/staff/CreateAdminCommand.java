package cn.laowu.admin.staff;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The first administrator of a fresh installation (there are no default credentials):
 * {@code java -jar laowu.jar --create-admin=zhou --region=433100 --region-name=湘西土家族苗族自治州}
 * creates the region if it is new, a 州级 or 县级 admin for it, and prints a one-time password that
 * must be changed at first login. The process's exit code is this command's (see LaowuApplication).
 */
@Component
public class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

    private final StaffService staff;
    private final RegionService regions;
    private volatile int exitCode;

    public CreateAdminCommand(StaffService staff, RegionService regions) {
        this.staff = staff;
        this.regions = regions;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("create-admin")) {
            return;
        }
        try {
            createAdmin(first(args, "create-admin"), first(args, "region"), first(args, "region-name"),
                    first(args, "name"));
        } catch (RuntimeException e) {
            System.out.println("没有创建管理员:" + e.getMessage());
            exitCode = 1;
        }
    }

    void createAdmin(String username, String regionCode, String regionName, String displayName) {
        if (username == null || regionCode == null) {
            throw new IllegalArgumentException("用法:--create-admin=用户名 --region=区划代码 [--region-name=名称] [--name=姓名]");
        }
        Region region = regions.find(regionCode).orElseGet(() -> {
            if (regionName == null) {
                throw new IllegalArgumentException("没有区划 " + regionCode + ";新建顶级区划请加 --region-name=名称");
            }
            return regions.create(regionCode, regionName, null, 0);
        });
        StaffRole role = switch (region.getLevel()) {
            case PREFECTURE -> StaffRole.PREFECTURE_ADMIN;
            case COUNTY -> StaffRole.COUNTY_ADMIN;
            default -> throw new IllegalArgumentException("管理员只能建在州(市)或县一级");
        };
        String password = staff.temporaryPassword();
        staff.bootstrap(username, displayName == null ? username : displayName, role, region.getCode(), password, true);
        System.out.printf("已创建%s %s(%s)。临时密码:%s%n第一次登录 /console 时必须修改。%n",
                role.label(), username, region.getName(), password);
    }

    private static String first(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }
}
