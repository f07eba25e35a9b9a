package cn.laowu.core;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;

import cn.laowu.devkit.test.TestIdNumbers;
import java.util.concurrent.ThreadLocalRandom;

/** Valid ID numbers for test workers, never one drawn before in this JVM ({@link TestIdNumbers}). */
public final class TestIds {

    private static final String[] COUNTIES = {"433101", "433122", "433123", "433124", "433125", "433126", "433127", "433130"};

    private TestIds() {
    }

    /** Someone of 433101 born in {@code year} (which says their age). */
    public static ChineseIdNumber bornIn(int year) {
        return of(TestIdNumbers.first17("433101", year));
    }

    public static ChineseIdNumber random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return of(TestIdNumbers.first17(COUNTIES[r.nextInt(COUNTIES.length)], 1966 + r.nextInt(40)));
    }

    private static ChineseIdNumber of(String first17) {
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
    }

    public static Worker register(WorkerService workers, String name, String phone, String villageCode, boolean poverty) {
        return workers.register(new NewWorker(name, random(), phone, villageCode, poverty));
    }
}
