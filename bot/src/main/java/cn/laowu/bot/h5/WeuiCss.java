package cn.laowu.bot.h5;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * WeUI 2.6.26 (MIT, npm {@code weui}), kept in the repository: 184 KB as it is, 23 KB gzipped,
 * so it is served gzipped to every phone that accepts it (all do), cached for a year. The version
 * in the path changes when the file does.
 */
@RestController
public class WeuiCss {

    static final String PATH = "/h5/weui-2.6.26.css";
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final byte[] plain = read("static/h5/weui/weui.min.css");
    private final byte[] gzipped = read("static/h5/weui/weui.min.css.gz");

    @GetMapping(PATH)
    public ResponseEntity<byte[]> css(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String accepts) {
        boolean gzip = accepts != null && accepts.contains("gzip");
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(CSS).header(HttpHeaders.VARY, "Accept-Encoding")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzipped) : ok.body(plain);
    }

    private static byte[] read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
