package cn.laowu.app.landing;

import cn.laowu.bot.account.WeChatAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

/** The front door at "/": what is running here and where its parts are. */
@Controller
public class LandingController {

    private final DataSource dataSource;
    private final WeChatAccounts accounts;
    private final List<LandingNote> notes;
    private final boolean embedded;

    public LandingController(DataSource dataSource, WeChatAccounts accounts, List<LandingNote> notes,
                             @Value("${laowu.embedded.enabled:false}") boolean embedded) {
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.notes = notes;
        this.embedded = embedded;
    }

    @GetMapping("/")
    public String landing(Model model) {
        model.addAttribute("embedded", embedded);
        model.addAttribute("database", databaseDescription());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("notes", notes);
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
