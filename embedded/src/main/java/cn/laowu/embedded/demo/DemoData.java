package cn.laowu.embedded.demo;

import cn.laowu.core.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Loads the 湘西州 demo regions into an empty database; a restart with data leaves it alone. */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;

    public DemoData(RegionService regions) {
        this.regions = regions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        AtomicInteger order = new AtomicInteger();
        readLines("demo/regions.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .forEach(cols -> regions.create(cols[0], cols[1], cols[2].isBlank() ? null : cols[2],
                        order.incrementAndGet()));
        log.info("Demo data loaded: {} regions of 湘西州", order.get());
    }

    private static String readLines(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
