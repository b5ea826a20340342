package com.handover.server.office.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font the PDF embeds (a subset of it): WenQuanYi Micro Hei from the system fonts. Without it Chinese
 * would print as boxes, so the report says so instead of producing such a PDF.
 */
public final class CjkFont {

    public static final Path DEFAULT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final Path file;
    private TrueTypeCollection collection;
    private TrueTypeFont font;

    public CjkFont(Path file) {
        this.file = file;
    }

    public static CjkFont system() {
        return new CjkFont(Path.of(System.getProperty("handover.cjkFont", DEFAULT.toString())));
    }

    public boolean available() {
        return Files.isReadable(file);
    }

    /**
     * Embeds the font (as a subset) in {@code doc}. The collection is parsed once and kept open; callers hold
     * this object's lock from loading until the document is saved, since font parsing is not thread-safe.
     */
    public synchronized PDType0Font load(PDDocument doc) throws IOException {
        if (font == null) {
            collection = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> chosen = new AtomicReference<>();
            collection.processAllFonts(f -> {
                if (chosen.get() == null) {
                    chosen.set(f);
                }
            });
            if (chosen.get() == null) {
                throw new IOException("no font in " + file);
            }
            font = chosen.get();
        }
        return PDType0Font.load(doc, font, true);
    }
}
