package cn.laowu.core.region;

import cn.laowu.core.TestRegions;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class RegionServiceTest {

    @Autowired
    RegionService regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void buildsTheTreeWithLevelsAndMaterialisedPaths() {
        TestRegions.Chain chain = TestRegions.create(regions);
        assertThat(chain.prefecture().getLevel()).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(chain.village().getLevel()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(chain.village().getPath()).isEqualTo("/" + chain.prefecture().getCode() + "/"
                + chain.county().getCode() + "/" + chain.township().getCode() + "/" + chain.village().getCode() + "/");
        assertThat(chain.county().contains(chain.village())).isTrue();
        assertThat(chain.village().contains(chain.county())).isFalse();
        assertThat(regions.children(chain.township().getCode())).extracting(Region::getCode)
                .containsExactly(chain.village().getCode());
    }

    @Test
    void findsByNameOnlyInsideTheScope() {
        TestRegions.Chain mine = TestRegions.create(regions);
        TestRegions.Chain other = TestRegions.create(regions);
        assertThat(regions.searchByName(mine.prefecture(), "测试村", 10)).extracting(Region::getCode)
                .containsExactly(mine.village().getCode())
                .doesNotContain(other.village().getCode());
    }

    @Test
    void refusesCodesThatAreNotOfficialInShape() {
        TestRegions.Chain chain = TestRegions.create(regions);
        String county = chain.county().getCode();
        assertThatThrownBy(() -> regions.create("12345", "短", null, 0)).hasMessageContaining("6位");
        assertThatThrownBy(() -> regions.create("999999101", "别处的镇", county, 0)).hasMessageContaining("不在上级");
        assertThatThrownBy(() -> regions.create(county + "10", "位数不对", county, 0)).hasMessageContaining("9位");
        assertThatThrownBy(() -> regions.create(chain.village().getCode() + "1", "村下面", chain.village().getCode(), 0))
                .hasMessageContaining("village");
        assertThat(regions.children(county)).hasSize(1);
    }

    @Test
    void theScopeWrapperReachesBelowButNotBeside() {
        TestRegions.Chain mine = TestRegions.create(regions);
        TestRegions.Chain other = TestRegions.create(regions);
        assertThat(regions.inScope(RegionScope.of(mine.county()))).extracting(Region::getCode)
                .contains(mine.county().getCode(), mine.village().getCode())
                .doesNotContain(mine.prefecture().getCode(), other.county().getCode());
    }

    @Test
    void theDatabaseTakesAnEscapedPrefixLiterally() {
        String pattern = RegionScope.below("/62_1%/");
        assertThat(jdbc.queryForObject("SELECT ? LIKE ?", Boolean.class, "/62_1%/3/", pattern)).isTrue();
        assertThat(jdbc.queryForObject("SELECT ? LIKE ?", Boolean.class, "/62x1%/3/", pattern)).isFalse();
        assertThat(jdbc.queryForObject("SELECT ? LIKE ?", Boolean.class, "/62_1x/3/", pattern)).isFalse();
    }
}
