package cn.laowu.embedded.demo;

/**
 * One feature's part of the 湘西州 demo. Seeds run in {@link #order()} in one transaction, on an
 * empty database only; a feature adds its demo by adding a bean, and may rely on the seeds of
 * lower order (regions and accounts 10, workers 20, jobs 30...).
 */
public interface DemoSeed {

    int order();

    void seed();
}
