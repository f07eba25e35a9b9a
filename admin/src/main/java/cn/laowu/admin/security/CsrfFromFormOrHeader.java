package cn.laowu.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.function.Supplier;

/**
 * Takes the CSRF token only from the form's field or the header, never from the query string:
 * a token in a URL ends up in access logs, browser history and Referer headers.
 */
class CsrfFromFormOrHeader implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        standard.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String header = request.getHeader(csrfToken.getHeaderName());
        if (header != null) {
            return header;
        }
        String query = request.getQueryString();
        if (query != null && UriComponentsBuilder.newInstance().query(query).build().getQueryParams()
                .containsKey(csrfToken.getParameterName())) {
            return null;
        }
        return standard.resolveCsrfTokenValue(request, csrfToken);
    }
}
