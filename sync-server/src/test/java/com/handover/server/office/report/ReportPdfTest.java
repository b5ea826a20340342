package com.handover.server.office.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF a customer downloads is the formal 验收单: ruled tables with the 实测值, each defect's 责任单位 and
 * 整改期限, the floor plan and the photo, the signature block with names, dates and times, the representative's
 * line, the seal, and 第 x 页 共 y 页 under every page. Read back with PDFBox.
 */
class ReportPdfTest {

    private static final CjkFont FONT = CjkFont.system();

    @BeforeAll
    static void needsTheCjkFont() {
        if (!FONT.available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("the CJK font must be installed in CI (fonts-wqy-microhei)");
        }
        Assumptions.assumeTrue(FONT.available(), "no CJK font here: the PDF is not rendered outside CI");
    }

    @Test
    void theDownloadedPdfIsTheFormalAcceptanceForm() throws IOException {
        SignedRecord record = new SignedRecord();
        HandoverReport r = HandoverReport.of(record.view(true), Messages.of(Lang.ZH), SignedRecord.ZONE,
                "https://example.test/v/ABCDEFGHJK", "ABCDEFGHJK");
        byte[] pdf = new ReportPdf(FONT).render(r, Messages.of(Lang.ZH), record::bytes);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            keepPages(doc, "report-pdf-zh");
            // Cells wrap inside their column, so words are compared without the line breaks between them.
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\r\\n]", "");
            for (String expected : new String[] {"交房验收单", "一、表具读数与钥匙", "二、问题清单（1 项）", "三、分户验收项目",
                    "四、签字确认", "实测值", "允许偏差", "责任单位", "整改期限", SignedRecord.CONTRACTOR, "2026-11-27",
                    record.measuredItem, "2 mm", "王芳", "张验房", "2026-11-20 10:00", "建设单位（物业公司）代表", "盖章处",
                    "防篡改校验码"}) {
                assertTrue(text.contains(expected), () -> "the PDF shows 「" + expected + "」:\n" + text);
            }
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                String line = "第 " + page + " 页 共 " + pages + " 页";
                assertTrue(text.contains(line), () -> "every page is numbered: " + line);
            }
            assertEquals(2, images(doc), "the floor plan and the defect's photo are drawn");
            assertTrue(!text.contains("签字后发现的划痕"), "a defect found after signing is not in the signed form");
        }
    }

    @Test
    void theEnglishPdfSaysTheSame() throws IOException {
        SignedRecord record = new SignedRecord();
        HandoverReport r = HandoverReport.of(record.view(true), Messages.of(Lang.EN), SignedRecord.ZONE, null, null);
        byte[] pdf = new ReportPdf(FONT).render(r, Messages.of(Lang.EN), record::bytes);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Handover acceptance form") && text.contains("Rectify by")
                    && text.contains("Seal") && text.contains("Page 1 of " + doc.getNumberOfPages()), text);
        }
    }

    /** Each page as a picture under target/screenshots, to look at. */
    private static void keepPages(PDDocument doc, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 90), "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }

    private static int images(PDDocument doc) throws IOException {
        int count = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
