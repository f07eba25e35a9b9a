package cn.laowu.admin.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * Boot's /error, except that asking for it directly (no error behind the request) is a page that
 * does not exist (404) rather than a server fault (500). Its HTML is templates/error.html, in Chinese.
 */
@Configuration(proxyBeanMethods = false)
class ErrorEndpoint {

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
                                              ObjectProvider<ErrorViewResolver> resolvers) {
        return new BasicErrorController(attributes, web.getError(), resolvers.orderedStream().toList()) {
            @Override
            protected HttpStatus getStatus(HttpServletRequest request) {
                return direct(request) ? HttpStatus.NOT_FOUND : super.getStatus(request);
            }

            @Override
            protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                if (direct(request)) {
                    attributes.put("status", HttpStatus.NOT_FOUND.value());
                    attributes.put("error", HttpStatus.NOT_FOUND.getReasonPhrase());
                }
                return attributes;
            }
        };
    }

    private static boolean direct(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
    }
}
