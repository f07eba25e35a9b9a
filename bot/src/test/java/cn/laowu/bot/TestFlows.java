package cn.laowu.bot;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Intents;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import cn.laowu.bot.outbound.TemplateSendFinished;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Flows whose effects tests can count or time: 计数 counts each run, 慢一点 overruns the reply budget. */
@TestConfiguration
public class TestFlows {

    public static final AtomicInteger COUNTED = new AtomicInteger();
    public static final List<TemplateSendFinished> TEMPLATE_RESULTS = new CopyOnWriteArrayList<>();
    public static final String SLOW_REPLY = "慢慢来的回复";
    /** 闩住 runs until a test opens this latch (a test replaces it before use). */
    public static volatile CountDownLatch HELD = new CountDownLatch(0);
    public static final String HELD_REPLY = "闩住的回复";
    /** 慢一点 runs until a test opens this latch (a test replaces it before use). */
    public static volatile CountDownLatch SLOW = new CountDownLatch(0);

    @Bean
    @Primary
    Intents testIntents() {
        List<Intents.Intent> all = new ArrayList<>(Intents.load(Intents.RESOURCES));
        all.add(new Intents.Intent("count", null, 0, "count", null, List.of("计数")));
        all.add(new Intents.Intent("slow", null, 0, "slow", null, List.of("慢一点")));
        all.add(new Intents.Intent("held", null, 0, "held", null, List.of("闩住")));
        return new Intents(all);
    }

    @Bean
    Flow countingFlow() {
        return new Flow() {
            @Override
            public String id() {
                return "count";
            }

            @Override
            public Reply start(DialogContext ctx) {
                // Slow enough that concurrent retries arrive while the first is still running.
                sleep(300);
                return Reply.text("第" + COUNTED.incrementAndGet() + "次");
            }

            @Override
            public Reply handle(DialogContext ctx, UserInput input) {
                return start(ctx);
            }
        };
    }

    @Bean
    Flow slowFlow() {
        return new Flow() {
            @Override
            public String id() {
                return "slow";
            }

            @Override
            public Reply start(DialogContext ctx) {
                // Held past the reply budget until the test, having seen "success", lets it finish.
                await(SLOW);
                ctx.enter("slow", "after");
                return Reply.text(SLOW_REPLY);
            }

            @Override
            public Reply handle(DialogContext ctx, UserInput input) {
                ctx.exit();
                return Reply.text("慢流程已结束");
            }
        };
    }

    @Bean
    Flow heldFlow() {
        return new Flow() {
            @Override
            public String id() {
                return "held";
            }

            @Override
            public Reply start(DialogContext ctx) {
                await(HELD);
                ctx.enter("held", "after");
                return Reply.text(HELD_REPLY);
            }

            @Override
            public Reply handle(DialogContext ctx, UserInput input) {
                ctx.exit();
                return Reply.text("闩住流程已结束");
            }
        };
    }

    @EventListener
    void onTemplateSendFinished(TemplateSendFinished event) {
        TEMPLATE_RESULTS.add(event);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
