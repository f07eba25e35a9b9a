package cn.laowu.bot.h5;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One public page as it goes out, made once and sent many times: gzipped when built (every phone
 * browser asks for gzip; the rare client that does not gets it unpacked), with a weak ETag so a
 * phone that has it gets a 304. {@code source} is what it was made from: when that is replaced
 * (the job changed, or the cache's time ran out) the page is made again.
 */
final class RenderedPage {

    private final Object source;
    private final HttpStatus status;
    private final byte[] gzipped;
    private final String etag;
    private final String cacheControlValue;

    private RenderedPage(Object source, HttpStatus status, CacheControl cacheControl, byte[] gzipped, String etag) {
        this.source = source;
        this.status = status;
        this.gzipped = gzipped;
        this.etag = etag;
        this.cacheControlValue = cacheControl.getHeaderValue();
    }

    static RenderedPage of(Object source, HttpStatus status, CacheControl cacheControl, String html) {
        byte[] plain = html.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(source, status, cacheControl, gzip(plain),
                "W/\"" + Integer.toHexString(html.hashCode()) + "-" + Integer.toHexString(plain.length) + "\"");
    }

    boolean madeFrom(Object view) {
        return source == view;
    }

    /** Written to the servlet response directly: the job page's hot path, no converters. */
    void writeTo(HttpServletResponse response, String acceptEncoding, String ifNoneMatch) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControlValue);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, User-Agent");
        if (status == HttpStatus.OK && ifNoneMatch != null && ifNoneMatch.contains(etag.substring(2))) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setStatus(status.value());
        response.setContentType(H5Html.HTML.toString());
        byte[] body = gzipped;
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            body = gunzip(gzipped);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        // The fastest level: a page is made on a cold view while the reader waits, and HTML of
        // repeated class names packs almost as well at level 1 as at 6.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
