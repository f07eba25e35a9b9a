package cn.laowu.admin.security;

import cn.laowu.devkit.test.Registrations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each console section has a place of its own in the navigation: two with one order would swap at random. */
class ConsoleSectionOrderTest {

    @Test
    void everySectionHasItsOwnOrder() {
        List<ConsoleSection> sections = Registrations.found(ConsoleSection.class, "cn.laowu");

        assertThat(sections).as("sections found").hasSizeGreaterThanOrEqualTo(14);
        assertThat(shared(sections)).isEmpty();
    }

    @Test
    void aNewSectionAtATakenOrderIsCaught() {
        List<ConsoleSection> sections = new ArrayList<>(Registrations.found(ConsoleSection.class, "cn.laowu"));
        sections.add(ConsoleSection.at(60).nav("/console/new-feature", "新功能", null));

        assertThat(shared(sections)).containsKey(60);
    }

    private static Map<Integer, List<String>> shared(List<ConsoleSection> sections) {
        return Registrations.sharedOrders(sections, ConsoleSection::order,
                s -> s.nav().isEmpty() ? String.valueOf(s.rules()) : s.nav().get(0).href());
    }
}
