package cn.laowu.bot.h5;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job page is sent from a cache (gzipped, with an ETag, public for 30 s), yet never shows a job
 * as it was before a change made here: an application takes a place and the page says so at once.
 */
class JobPageCacheTest extends JobPageTestSupport {

    @Autowired
    ApplicationService applications;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageIsSentGzippedWithAnEtagAndA304ForThePhoneThatHasIt() throws Exception {
        Job job = publish("注塑工", 3);
        HttpResponse<byte[]> first = get(pathOf(job), "gzip, deflate", null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("max-age=30").contains("public");
        assertThat(first.headers().firstValue("Vary")).get().asString().contains("Accept-Encoding").contains("User-Agent");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String html = gunzip(first.body());
        assertThat(html).contains("注塑工").contains("还招 3 人");
        assertThat(first.body().length).as("gzipped").isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);

        HttpResponse<byte[]> plain = get(pathOf(job), null, null, null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(html);

        HttpResponse<byte[]> again = get(pathOf(job), "gzip", etag, null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(pages.views(job.getId())).as("a 304 is a view too").isEqualTo(3);

        HttpResponse<byte[]> inWeChat = get(pathOf(job), "gzip", etag, WECHAT_UA);
        assertThat(inWeChat.statusCode()).as("WeChat's page is another page").isEqualTo(200);
        assertThat(gunzip(inWeChat.body())).contains("jweixin-1.6.0.js").contains("我要报名");
    }

    @Test
    void anApplicationShowsOnTheCachedPageAtOnce() throws Exception {
        Job job = publish("焊工", 2);
        assertThat(gunzip(get(pathOf(job), "gzip", null, null).body())).contains("还招 2 人");
        String openid = registeredFollower("张测试");
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        applications.apply(workerId, job.getId(), "WECHAT");
        HttpResponse<byte[]> after = get(pathOf(job), "gzip", null, null);
        assertThat(gunzip(after.body())).contains("还招 1 人").doesNotContain("还招 2 人");
    }

    @Test
    void anUnknownTokenIs404AndNotKeptByThePhone() throws Exception {
        HttpResponse<byte[]> missing = get("/h5/jobs/AAAAAAAAAAAAAAAAAAAA", "gzip", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(gunzip(missing.body())).contains("没有找到这个岗位");
    }

    private HttpResponse<byte[]> get(String path, String encodings, String ifNoneMatch, String agent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("User-Agent", agent == null ? "Mozilla/5.0 (X11; Linux x86_64) Chrome/120" : agent);
        if (encodings != null) {
            request.header("Accept-Encoding", encodings);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
