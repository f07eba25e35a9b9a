package cn.laowu.embedded.demo;

import cn.laowu.core.allowance.training.TrainingStandards;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.training.CertificateLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Allowance claims as an office would find them: a fare claim waiting for 乡镇初审, one approved
 * and on the public 公示 list (/notice/allowances/433101), and a 两后生 claim waiting for a better
 * photo of the enrolment proof. The placed workers of the warehouse job are made 建档立卡 for it.
 * 吉首市 adds a premium to the prefecture's training standard for 电焊工, a shortage occupation
 * (the demo's 电焊工 course is paid by it; 湘西州's defaults come with migration V17).
 */
@Component
class AllowanceSeed implements DemoSeed {

    private final AllowanceClaims claims;
    private final AllowanceReview review;
    private final JdbcTemplate jdbc;
    private final TrainingStandards standards;

    AllowanceSeed(AllowanceClaims claims, AllowanceReview review, JdbcTemplate jdbc, TrainingStandards standards) {
        this.standards = standards;
        this.claims = claims;
        this.review = review;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        standards.set(new Actor("jishou", "/433100/433101/", null), new RegionScope("/433100/433101/"), "433101",
                "电焊工", CertificateLevel.BASIC, 120_000L, true, "紧缺工种,州标准上浮20%");
        List<Long> placed = jdbc.queryForList("SELECT a.worker_id FROM job_application a JOIN worker w ON w.id = a.worker_id "
                + "WHERE a.status = 'PLACED' AND w.home_region_path LIKE '/433100/433101/%' ORDER BY a.id LIMIT 2", Long.class);
        if (placed.size() < 2) {
            return;
        }
        jdbc.update("UPDATE worker SET poverty_registered = 1 WHERE id IN (?, ?)", placed.get(0), placed.get(1));
        RegionScope county = new RegionScope("/433100/433101/");
        RegionScope prefecture = new RegionScope("/433100/");
        fare(placed.get(0), 32_000L, Color.ORANGE);
        long approved = fare(placed.get(1), 45_000L, Color.PINK);
        review.townshipApprove(new Actor("jishou", county.path(), null), county, approved);
        review.countyApprove(new Actor("zhou", prefecture.path(), null), prefecture, approved);

        List<Long> youth = jdbc.queryForList("SELECT id FROM worker WHERE home_region_path LIKE '/433100/433101/%' "
                + "AND id NOT IN (SELECT worker_id FROM job_application) ORDER BY id LIMIT 1", Long.class);
        if (!youth.isEmpty()) {
            jdbc.update("UPDATE worker SET poverty_registered = 1, post_school_youth = 1 WHERE id = ?", youth.get(0));
            long id = claims.submit(youth.get(0), policy(youth.get(0), "POST_SCHOOL"), null,
                    List.of(new Photo(EvidenceKind.ENROLMENT, "image/jpeg", picture(Color.LIGHT_GRAY)))).getId();
            review.askEvidence(new Actor("jishou", county.path(), null), county, id, "在读证明没有学校盖章,请补拍盖章的那一页");
        }
    }

    private long fare(long workerId, long costFen, Color color) {
        return claims.submit(workerId, policy(workerId, "TRANSPORT"), costFen, List.of(
                new Photo(EvidenceKind.CONTRACT, "image/jpeg", picture(color.brighter())),
                new Photo(EvidenceKind.TICKET, "image/jpeg", picture(color)))).getId();
    }

    private long policy(long workerId, String code) {
        return claims.options(workerId).stream().filter(o -> o.policy().getCode().equals(code)).findFirst()
                .orElseThrow().policy().getId();
    }

    /** A stand-in photo: a real JPEG, so the console shows it as it would a worker's. */
    private static byte[] picture(Color color) {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 240, 160);
        g.setColor(Color.DARK_GRAY);
        for (int y = 30; y < 140; y += 20) {
            g.fillRect(20, y, 200 - (y % 60), 6);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
