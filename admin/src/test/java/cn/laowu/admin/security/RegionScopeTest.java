package cn.laowu.admin.security;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.worker.Worker;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 乡镇 A cannot read or change 乡镇 B's records, however it guesses ids. */
class RegionScopeTest extends ConsoleTestSupport {

    @Test
    void townshipACannotReadTownshipBsWorker() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(get("/console/workers/" + fx.workerA.getId()).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")));
        mvc.perform(get("/console/workers/" + fx.workerB.getId()).session(a)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("乙某"))));
        mvc.perform(get("/console/workers/999999999").session(a)).andExpect(status().isNotFound());
    }

    @Test
    void townshipACannotChangeTownshipBsWorker() throws Exception {
        MockHttpSession a = login("towna");
        Worker before = workers.find(fx.workerB.getId()).orElseThrow();
        mvc.perform(post("/console/workers/" + fx.workerB.getId()).session(a).with(csrf())
                        .param("name", "被改了").param("homeRegionCode", fx.villageA.getCode())
                        .param("employmentStatus", "SEEKING"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/workers/" + fx.workerB.getId() + "/confirm").session(a).with(csrf()))
                .andExpect(status().isNotFound());
        Worker after = workers.find(fx.workerB.getId()).orElseThrow();
        assertThat(after.getName()).isEqualTo("乙某");
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getConfirmedAt()).isEqualTo(before.getConfirmedAt());
    }

    @Test
    void townshipACannotMoveItsWorkerIntoTownshipB() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/workers/" + fx.workerA.getId()).session(a).with(csrf())
                        .param("name", "甲某").param("homeRegionCode", fx.villageB.getCode())
                        .param("employmentStatus", "SEEKING"))
                .andExpect(content().string(containsString("不在您的辖区内")));
        assertThat(workers.find(fx.workerA.getId()).orElseThrow().getHomeRegionCode()).isEqualTo(fx.villageA.getCode());
    }

    @Test
    void listsAndExportsHoldOnlyTheScope() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(get("/console/workers").session(a))
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(not(containsString("乙某"))));
        // Asking for B's village narrows to nothing instead of widening the scope.
        mvc.perform(get("/console/workers").param("region", fx.villageB.getCode()).session(a))
                .andExpect(content().string(not(containsString("乙某"))));
        MockHttpSession county = login("county");
        mvc.perform(get("/console/workers").session(county))
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString("乙某")));
    }

    @Test
    void aVillageClerkSeesOnlyTheVillage() throws Exception {
        MockHttpSession clerk = login("village");
        mvc.perform(get("/console/workers/" + fx.workerA.getId()).session(clerk)).andExpect(status().isOk());
        mvc.perform(get("/console/workers/" + fx.workerB.getId()).session(clerk)).andExpect(status().isNotFound());
    }

    @Test
    void aCountyAdminCannotManageAccountsOfAnotherCounty() throws Exception {
        ConsoleFixture other = new ConsoleFixture(regions, staff, workers);
        MockHttpSession county = login("county");
        StaffAccount foreign = staff.findByUsername(other.user("towna")).orElseThrow();
        mvc.perform(post("/console/staff/" + foreign.getId() + "/reset-password").session(county).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/staff/" + foreign.getId() + "/enabled").param("enabled", "false")
                .session(county).with(csrf())).andExpect(status().isNotFound());
        assertThat(staff.findByUsername(other.user("towna")).orElseThrow().getEnabled()).isTrue();
        mvc.perform(post("/console/staff").session(county).with(csrf()).param("username", "outsider_" + fx.tag)
                        .param("displayName", "外人").param("role", "TOWNSHIP_STAFF")
                        .param("regionCode", other.townshipA.getCode()))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.findByUsername("outsider_" + fx.tag)).isEmpty();
    }
}
