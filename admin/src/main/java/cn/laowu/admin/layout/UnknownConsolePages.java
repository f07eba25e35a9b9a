package cn.laowu.admin.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown address under /console has no console controller, so {@link ConsoleAdvice} (limited
 * to the console's controllers) never sees it; this one does, and leaves every other address to
 * whoever serves it.
 */
@ControllerAdvice
class UnknownConsolePages {

    private final ConsoleAdvice console;

    UnknownConsolePages(ConsoleAdvice console) {
        this.console = console;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String unknown(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws NoResourceFoundException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/console/")) {
            throw e;
        }
        return console.errorPage(HttpStatus.NOT_FOUND, null, response, model);
    }
}
