package cn.laowu.app.landing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The front door at "/": what is running here and where its parts are. */
@Controller
public class LandingController {

    private final DataSource dataSource;
    private final boolean embedded;

    public LandingController(DataSource dataSource, @Value("${laowu.embedded.enabled:false}") boolean embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @GetMapping("/")
    public String landing(Model model) {
        model.addAttribute("embedded", embedded);
        model.addAttribute("database", databaseDescription());
        return "landing";
    }

    private String databaseDescription() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "不可用";
        }
    }
}
