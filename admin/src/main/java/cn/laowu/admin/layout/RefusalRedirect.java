package cn.laowu.admin.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers a refused action the way its handler declares with {@link RedirectOnRefusal}: flash and redirect. */
final class RefusalRedirect {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private RefusalRedirect() {
    }

    /** The redirect view name with the message flashed as "error", or null when the handler declares none. */
    static String answer(String message, HandlerMethod handler, HttpServletRequest request) {
        RedirectOnRefusal back = handler == null ? null : handler.getMethodAnnotation(RedirectOnRefusal.class);
        if (back == null) {
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("error", message);
        return "redirect:" + expand(back.value(), request);
    }

    static String expand(String template, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Matcher m = VARIABLE.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = pathVariables != null && pathVariables.containsKey(name) ? pathVariables.get(name)
                    : request.getParameter(name);
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} in " + template);
            }
            m.appendReplacement(url, Matcher.quoteReplacement(UriUtils.encode(value, StandardCharsets.UTF_8)));
        }
        return m.appendTail(url).toString();
    }
}
