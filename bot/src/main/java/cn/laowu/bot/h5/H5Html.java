package cn.laowu.bot.h5;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** The frame of every public H5 page: WeUI from our own server, no script framework, Chinese. */
final class H5Html {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private H5Html() {
    }

    static String head(String title) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1,viewport-fit=cover\">"
                + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"" + WeuiCss.PATH + "\">"
                + "<style>body{background:#f7f7f7}.lw-wrap{padding:16px}.lw-note{color:rgba(0,0,0,.55);font-size:14px}"
                + ".lw-qr{width:200px;height:200px;display:block;margin:12px auto}"
                + ".weui-media-box__desc{display:block;-webkit-line-clamp:unset;overflow:visible}</style></head><body>";
    }

    static String end() {
        return "</body></html>";
    }

    /** A short page of one message (an unknown link, a refused action), with the status it deserves. */
    static ResponseEntity<String> message(HttpStatus status, String title, String text, String moreHtml) {
        return ResponseEntity.status(status).contentType(HTML).body(messageHtml(title, text, moreHtml));
    }

    static String messageHtml(String title, String text, String moreHtml) {
        return head(title) + "<div class=\"weui-msg\"><div class=\"weui-msg__text-area\"><h2 class=\"weui-msg__title\">"
                + escape(title) + "</h2><p class=\"weui-msg__desc\">" + escape(text) + "</p></div>"
                + (moreHtml == null ? "" : "<div class=\"weui-msg__opr-area\">" + moreHtml + "</div>") + "</div>" + end();
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
