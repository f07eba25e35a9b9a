package cn.laowu.devkit.fakewechat;

import java.util.concurrent.CountDownLatch;

/**
 * The fake WeChat API as a process of its own, for scripts that drive the production jar (e.g.
 * .ci/production-jar-smoke): {@code java -cp laowu-devkit.jar cn.laowu.devkit.fakewechat.FakeWeChatApiMain
 * PORT [APPID SECRET]}. It needs nothing but the JDK. Prints its base URL, then serves until killed;
 * what the platform sent can be read back as from WeChat (e.g. /cgi-bin/menu/get).
 */
public final class FakeWeChatApiMain {

    private FakeWeChatApiMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: FakeWeChatApiMain PORT [APPID SECRET]");
            System.exit(2);
        }
        FakeWeChatApi api = FakeWeChatApi.start(Integer.parseInt(args[0]));
        if (args.length == 3) {
            api.registerAccount(args[1], args[2]);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(api::close));
        System.out.println("fake WeChat API listening on " + api.baseUrl());
        new CountDownLatch(1).await();
    }
}
