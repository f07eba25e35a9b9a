package cn.laowu.core;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerAlreadyRegistered;
import cn.laowu.core.worker.WorkerService;

import cn.laowu.devkit.test.TestIdNumbers;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, random ID numbers for test workers; a rare clash with another test's worker just draws again. */
public final class TestIds {

    private static final String[] COUNTIES = {"433101", "433122", "433123", "433124", "433125", "433126", "433127", "433130"};

    private TestIds() {
    }

    public static ChineseIdNumber random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = TestIdNumbers.first17(COUNTIES[r.nextInt(COUNTIES.length)], 1966 + r.nextInt(40));
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
    }

    public static Worker register(WorkerService workers, String name, String phone, String villageCode, boolean poverty) {
        for (int attempt = 0; ; attempt++) {
            try {
                return workers.register(new NewWorker(name, random(), phone, villageCode, poverty));
            } catch (WorkerAlreadyRegistered clash) {
                if (attempt == 5) {
                    throw clash;
                }
            }
        }
    }
}
