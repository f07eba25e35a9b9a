package cn.laowu.devkit.fakewechat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCounterTest {

    @Test
    void countsHundredsOfThousandsOfOpenidsExactly() {
        ReceiptCounter counter = new ReceiptCounter();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            counter.add("oWorker" + i);
        }
        counter.add("oWorker17");

        assertThat(counter.distinct()).isEqualTo(n);
        assertThat(counter.get("oWorker0")).isEqualTo(1);
        assertThat(counter.get("oWorker17")).isEqualTo(2);
        assertThat(counter.get("oSomeoneElse")).isZero();
        assertThat(counter.receivedMoreThanOnce()).isEqualTo(1);
        assertThat(counter.repeatedOpenids()).containsExactly("oWorker17");
    }
}
