package cn.laowu.core.outpost;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outposts in the office tree: their areas (validated, never overlapping), their staff, and reading places. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class OutpostServiceTest {

    @Autowired
    OutpostService outposts;
    @Autowired
    DestinationDivisions divisions;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private TestRegions.Chain chain;
    private RegionScope prefecture;
    private Actor admin;
    private final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void office() {
        chain = TestRegions.create(regions);
        prefecture = RegionScope.of(chain.prefecture());
        admin = new Actor("admin", chain.prefecture().getPath(), "127.0.0.1");
    }

    @AfterEach
    void closeWhatWasOpened() {
        opened.forEach(id -> outposts.close(admin, prefecture, id));
    }

    @Test
    void anOutpostUnderACountyServesItsAreaAndItsStaffGetTheOutpostScope() {
        Outpost o = open("长安驻外服务站", chain.county().getCode(), "441900119", "441900118");
        assertThat(o.parentRegionPath()).isEqualTo(chain.county().getPath());
        assertThat(outposts.area(o.id())).extracting(DestinationDivision::name).containsExactly("大岭山镇", "长安镇");
        assertThat(outposts.serving("/441900/441900119/")).map(Outpost::id).contains(o.id());
        assertThat(outposts.serving("/441900/441900121/")).as("虎门 is not in the area").isEmpty();
        assertThat(outposts.list(RegionScope.of(chain.county()))).extracting(Outpost::id).contains(o.id());

        var head = outposts.addMember(admin, StaffRole.PREFECTURE_ADMIN, prefecture, o.id(),
                new OutpostService.NewMember(user(), "王站长", OutpostRole.HEAD, "13800001234", null, null));
        assertThat(head.account().getRole()).isEqualTo(StaffRole.OUTPOST_HEAD);
        assertThat(head.account().getRegionCode()).as("kept at the office that runs it").isEqualTo(chain.county().getCode());
        assertThat(outposts.scopeOf(head.account().getId())).contains(new OutpostScope(o.id(), OutpostRole.HEAD,
                head.account().getUsername()));
        assertThat(outposts.members(o.id())).extracting(OutpostService.Member::phone).containsExactly("13800001234");

        outposts.close(admin, prefecture, o.id());
        opened.remove(o.id());
        assertThat(outposts.scopeOf(head.account().getId())).as("a closed outpost's staff see nothing").isEmpty();
        assertThat(outposts.serving("/441900/441900119/")).isEmpty();
    }

    @Test
    void unknownCodesAndOverlappingAreasAreRefusedAndNothingChanges() {
        Outpost first = open("东莞长安站", chain.prefecture().getCode(), "441900119");
        long before = outposts.list(prefecture).size();

        assertThatThrownBy(() -> open("不存在", chain.prefecture().getCode(), "441999"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("没有代码为 441999");
        assertThatThrownBy(() -> open("整个东莞", chain.prefecture().getCode(), "441900"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("东莞市 已由东莞长安站服务");
        assertThatThrownBy(() -> open("又一个长安", chain.prefecture().getCode(), "330206", "441900119"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("东莞市长安镇 已由东莞长安站服务");
        assertThatThrownBy(() -> open("重复", chain.prefecture().getCode(), "330200", "330206"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("重复");
        assertThatThrownBy(() -> open("空", chain.prefecture().getCode()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("请填写服务区域");
        assertThatThrownBy(() -> open("乡镇设的", chain.township().getCode(), "330206"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("州或县");
        TestRegions.Chain elsewhere = TestRegions.create(regions);
        assertThatThrownBy(() -> open("别处的", elsewhere.county().getCode(), "330206"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("管辖范围");
        assertThat(outposts.list(prefecture)).hasSize((int) before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outpost_area WHERE division_code = '330206'", Long.class))
                .as("the refused outposts' places were not kept").isZero();

        Outpost second = open("宁波站", chain.prefecture().getCode(), "330200");
        assertThatThrownBy(() -> outposts.setArea(admin, prefecture, second.id(), List.of("330200", "441900")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已由东莞长安站服务");
        assertThat(outposts.area(second.id())).extracting(DestinationDivision::code).containsExactly("330200");
        assertThatThrownBy(() -> outposts.setArea(admin, RegionScope.of(elsewhere.prefecture()), first.id(),
                List.of("441900"))).isInstanceOf(NotFoundInScope.class);

        // Once the first gives its place up, the whole city can be served by another.
        outposts.setArea(admin, prefecture, first.id(), List.of("430100"));
        assertThat(outposts.setArea(admin, prefecture, second.id(), List.of("330200", "441900")))
                .extracting(DestinationDivision::code).containsExactly("330200", "441900");
    }

    @Test
    void badContactDetailsAreRefused() {
        assertThatThrownBy(() -> outposts.create(admin, prefecture, new NewOutpost("站", chain.prefecture().getCode(),
                "地址", "电话号码", null, null, null, null, List.of("430100")))).hasMessageContaining("电话只能有数字");
        assertThatThrownBy(() -> outposts.create(admin, prefecture, new NewOutpost("站", chain.prefecture().getCode(),
                " ", "0731-1", null, null, null, null, List.of("430100")))).hasMessageContaining("地址");
        assertThatThrownBy(() -> outposts.create(admin, prefecture, new NewOutpost("站", chain.prefecture().getCode(),
                "地址", "0731-1", null, 95.0, 1.0, null, List.of("430100")))).hasMessageContaining("经纬度");
        assertThat(outposts.serving("/430100/430102/")).isEmpty();
    }

    @Test
    void placesAreReadFromWhatWorkersSayAndFromWhereTheyStand() {
        assertThat(divisions.read("我现在在东莞长安")).map(DestinationDivision::code).contains("441900119");
        assertThat(divisions.read("广东省东莞市长安镇霄边社区")).map(DestinationDivision::code).contains("441900119");
        assertThat(divisions.read("在长沙")).as("the city, not 长沙县").map(DestinationDivision::code).contains("430100");
        assertThat(divisions.read("长沙县星沙")).map(DestinationDivision::code).contains("430121");
        assertThat(divisions.read("宁波北仑")).map(DestinationDivision::code).contains("330206");
        assertThat(divisions.read("浏阳")).map(DestinationDivision::code).contains("430181");
        assertThat(divisions.read("东莞")).map(DestinationDivision::code).contains("441900");
        assertThat(divisions.read("吉首")).isEmpty();
        assertThat(divisions.read(" ")).isEmpty();
        assertThat(divisions.nearest(22.81, 113.81)).map(DestinationDivision::code).contains("441900119");
        assertThat(divisions.nearest(28.31, 109.73)).as("湘西 is nobody's destination").isEmpty();
    }

    private Outpost open(String name, String parent, String... codes) {
        Outpost o = outposts.create(admin, prefecture, new NewOutpost(name, parent, "某路1号", "0769-85550000",
                "周一至周五 9:00-17:30", 22.81, 113.80, null, List.of(codes)));
        opened.add(o.id());
        return o;
    }

    private static String user() {
        return "op" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
