package cn.laowu.core.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobQueryTest {

    @Test
    void aKeywordKeepsItsFirstWordsAndAtMostTwentyCharacters() {
        assertThat(JobQuery.cleanKeyword("  电子厂   深圳 ")).isEqualTo("电子厂 深圳");
        assertThat(JobQuery.cleanKeyword("a b c d e")).isEqualTo("a b c");
        assertThat(JobQuery.cleanKeyword("长".repeat(5_000))).isEqualTo("长".repeat(20));
        assertThat(JobQuery.cleanKeyword("😀".repeat(30)).codePointCount(0, 40)).isEqualTo(20);
        assertThat(JobQuery.cleanKeyword("   ")).isNull();
        assertThat(new JobQuery("x".repeat(100), null, null, null).keyword()).hasSize(20);
    }
}
