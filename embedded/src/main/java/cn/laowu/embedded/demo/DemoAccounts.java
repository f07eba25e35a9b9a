package cn.laowu.embedded.demo;

import cn.laowu.app.landing.LandingNote;
import cn.laowu.core.staff.StaffRole;
import org.springframework.stereotype.Component;

import java.util.List;

/** The demo's console accounts, one per role, listed on the landing page. Embedded default only. */
@Component
public class DemoAccounts implements LandingNote {

    static final String PASSWORD = "demo1234";

    record Account(String username, String displayName, StaffRole role, String regionCode, String regionName) {
    }

    static final List<Account> ALL = List.of(
            new Account("zhou", "向州管", StaffRole.PREFECTURE_ADMIN, "433100", "湘西州"),
            new Account("jishou", "彭县管", StaffRole.COUNTY_ADMIN, "433101", "吉首市"),
            new Account("aizhai", "石专干", StaffRole.TOWNSHIP_STAFF, "433101102", "矮寨镇"),
            new Account("majingao", "龙专干", StaffRole.TOWNSHIP_STAFF, "433101103", "马颈坳镇"),
            new Account("dehang", "麻信息员", StaffRole.VILLAGE_CLERK, "433101102201", "德夯村"),
            new Account("peixun", "吉首培训学校", StaffRole.TRAINING_PROVIDER, "433101", "吉首市"),
            new Account("lingdao", "田领导", StaffRole.LEADER_READONLY, "433100", "湘西州"),
            new Account("caiwu", "吴财务", StaffRole.FINANCE, "433101", "吉首市"),
            new Account("dongguan", "向站长", StaffRole.OUTPOST_HEAD, "433100", "湘西州驻东莞劳务服务中心"));

    @Override
    public String title() {
        return "演示账号(密码都是 " + PASSWORD + ")";
    }

    @Override
    public List<String> lines() {
        return ALL.stream().map(a -> a.username() + " · " + a.role().label() + " · " + a.regionName()).toList();
    }
}
