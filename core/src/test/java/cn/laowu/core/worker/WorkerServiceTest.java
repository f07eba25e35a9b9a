package cn.laowu.core.worker;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.RegionService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class WorkerServiceTest {

    @Autowired
    WorkerService workers;
    @Autowired
    WorkerSelfCorrections corrections;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesIdNumberAndPhoneOnlyEncryptedAndFindsThemByKeyedHash() {
        TestRegions.Chain chain = TestRegions.create(regions);
        ChineseIdNumber id = randomIdNumber();
        Worker worker = workers.register(new NewWorker("龙秀英", id, "138 1234 5678", chain.village().getCode(), true));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM worker WHERE id = ?", worker.getId());
        String everyColumn = row.values().toString();
        assertThat(everyColumn).doesNotContain(id.value()).doesNotContain("13812345678");
        assertThat(row.get("id_number_masked")).isEqualTo(id.masked());
        assertThat(row.get("phone_masked")).isEqualTo("138****5678");
        assertThat(row.get("home_region_path")).isEqualTo(chain.village().getPath());

        Worker found = workers.findByIdNumber(id.value().toLowerCase()).orElseThrow();
        assertThat(found.getId()).isEqualTo(worker.getId());
        assertThat(workers.idNumberOf(found)).isEqualTo(id.value());
        assertThat(workers.phoneOf(found)).isEqualTo("13812345678");
        assertThat(found.getGender()).isEqualTo(id.gender().name());
        assertThat(found.getBirthDate()).isEqualTo(id.birthDate());
        assertThat(workers.needsReconfirmation(found)).isFalse();
    }

    @Test
    void onePersonOneRecordEvenWhenTwoRegistrationsRace() throws Exception {
        TestRegions.Chain chain = TestRegions.create(regions);
        ChineseIdNumber id = randomIdNumber();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Object> register = () -> {
                    try {
                        return workers.register(new NewWorker("吴", id, null, chain.village().getCode(), false));
                    } catch (WorkerAlreadyRegistered e) {
                        return e;
                    }
                };
                results.add(pool.submit(register));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(Worker.class::isInstance).hasSize(1);
            long winner = outcomes.stream().filter(Worker.class::isInstance).map(w -> ((Worker) w).getId())
                    .findFirst().orElseThrow();
            assertThat(outcomes).filteredOn(WorkerAlreadyRegistered.class::isInstance)
                    .allSatisfy(e -> assertThat(((WorkerAlreadyRegistered) e).existingWorkerId()).isEqualTo(winner));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE home_region_code = ?", Long.class,
                chain.village().getCode())).isEqualTo(1);
    }

    @Test
    void aWorkerCorrectsTheirOwnPhoneAndSkillsButNothingElse() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Worker worker = workers.register(new NewWorker("改号人", randomIdNumber(), "13800001111", chain.village().getCode(), false));
        assertThatThrownBy(() -> corrections.correctByWorker(worker.getId(), "12345", null)).hasMessageContaining("11位");
        assertThat(workers.find(worker.getId()).orElseThrow().getPhoneMasked()).isEqualTo("138****1111");
        corrections.correctByWorker(worker.getId(), "13912345678", null);
        corrections.correctByWorker(worker.getId(), null, "电焊、开叉车");
        Worker after = workers.find(worker.getId()).orElseThrow();
        assertThat(after.getPhoneMasked()).isEqualTo("139****5678");
        assertThat(workers.phoneOf(after)).isEqualTo("13912345678");
        assertThat(after.getSkills()).isEqualTo("电焊、开叉车");
        assertThat(after.getName()).isEqualTo("改号人");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SELF_CORRECT' AND entity_id = ?",
                Integer.class, String.valueOf(worker.getId()))).isEqualTo(2);
    }

    @Test
    void refusesABadPhoneAndStoresNothing() {
        TestRegions.Chain chain = TestRegions.create(regions);
        ChineseIdNumber id = randomIdNumber();
        assertThatThrownBy(() -> workers.register(new NewWorker("麻", id, "12345", chain.village().getCode(), false)))
                .hasMessageContaining("11位");
        assertThat(workers.findByIdNumber(id.value())).isEmpty();
    }

    @Test
    void acceptsPhonesWithCountryCodeAndFullWidthDigits() {
        assertThat(WorkerService.normalisePhone("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(WorkerService.normalisePhone("１３８１２３４５６７８")).isEqualTo("13812345678");
    }

    static ChineseIdNumber randomIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return TestIds.bornIn(1960 + random.nextInt(45));
    }
}
