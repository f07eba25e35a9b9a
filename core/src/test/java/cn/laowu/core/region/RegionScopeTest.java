package cn.laowu.core.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionScopeTest {

    private final RegionScope county = new RegionScope("/620000/621100/");

    @Test
    void theLikePatternMatchesTheRegionAndBelowOnly() {
        assertThat(county.likePattern()).isEqualTo("/620000/621100/%");
        assertThat(RegionScope.likeSql("w.home_region_path")).isEqualTo("w.home_region_path LIKE ?");
    }

    @Test
    void wildcardsInAPrefixAreTakenLiterally() {
        assertThat(RegionScope.below("/a_b%/")).isEqualTo("/a\\_b\\%/%");
        assertThat(RegionScope.below("/a\\b/")).isEqualTo("/a\\\\b/%");
    }

    @Test
    void depthCountsTheLevels() {
        assertThat(new RegionScope("/620000/").depth()).isEqualTo(1);
        assertThat(county.depth()).isEqualTo(2);
        assertThat(new RegionScope("/620000/621100/621102/").depth()).isEqualTo(3);
    }

    @Test
    void coversOrIsWithinSeesBelowAndAboveButNotBeside() {
        assertThat(county.coversOrIsWithin("/620000/621100/621102/")).isTrue();
        assertThat(county.coversOrIsWithin("/620000/")).isTrue();
        assertThat(county.coversOrIsWithin("/620000/621200/")).isFalse();
        assertThat(county.coversOrIsWithin(null)).isFalse();
    }

    @Test
    void aMalformedScopeIsRefused() {
        assertThatThrownBy(() -> new RegionScope("/62%/")).isInstanceOf(RegionScope.ScopeMissing.class);
        assertThatThrownBy(() -> new RegionScope(null)).isInstanceOf(RegionScope.ScopeMissing.class);
    }
}
