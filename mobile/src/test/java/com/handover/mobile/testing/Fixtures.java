package com.handover.mobile.testing;

import com.handover.mobile.store.ReferenceData;
import com.handover.model.DeliveryStandard;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/** A small project for tests: two buildings, a finished and a bare-shell unit type, a handful of units. */
public final class Fixtures {

    public static final UUID PROJECT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID BUILDING_1 = UUID.fromString("00000000-0000-4000-8000-000000000011");
    public static final UUID BUILDING_2 = UUID.fromString("00000000-0000-4000-8000-000000000012");
    public static final UUID TYPE_FINISHED = UUID.fromString("00000000-0000-4000-8000-000000000021");
    public static final UUID TYPE_BARE = UUID.fromString("00000000-0000-4000-8000-000000000022");
    public static final UUID CONTRACTOR = UUID.fromString("00000000-0000-4000-8000-000000000031");
    public static final UUID WINDOWS_CONTRACTOR = UUID.fromString("00000000-0000-4000-8000-000000000032");

    private Fixtures() {
    }

    public static ReferenceData reference() {
        Project project = new Project(PROJECT, "YJY", "悦景园", "北京", LocalDate.of(2026, 3, 1), 50);
        List<Building> buildings = List.of(new Building(BUILDING_1, PROJECT, "1栋", 18),
                new Building(BUILDING_2, PROJECT, "2栋", 6));
        List<UnitType> types = List.of(
                new UnitType(TYPE_FINISHED, PROJECT, "A2", "A2 两室两厅",
                        List.of("ENTRANCE", "LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1", "BALCONY-1"), null),
                new UnitType(TYPE_BARE, PROJECT, "B1", "B1 一室一厅",
                        List.of("ENTRANCE", "LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1"), null));
        List<Unit> units = new ArrayList<>();
        units.add(unit("00000000-0000-4000-8000-000000000101", BUILDING_1, "1201", 12, DeliveryStandard.FINISHED, TYPE_FINISHED, "张伟"));
        units.add(unit("00000000-0000-4000-8000-000000000102", BUILDING_1, "1202", 12, DeliveryStandard.FINISHED, TYPE_FINISHED, "李娜"));
        units.add(unit("00000000-0000-4000-8000-000000000103", BUILDING_1, "1301", 13, DeliveryStandard.FINISHED, TYPE_FINISHED, "王芳"));
        units.add(unit("00000000-0000-4000-8000-000000000201", BUILDING_2, "301", 3, DeliveryStandard.BARE_SHELL, TYPE_BARE, "刘洋"));
        units.add(unit("00000000-0000-4000-8000-000000000202", BUILDING_2, "302", 3, DeliveryStandard.BARE_SHELL, TYPE_BARE, null));
        Contractor contractor = new Contractor(CONTRACTOR, "华建装饰", List.of("DECORATION", "CIVIL"), "010-12345678", "赵工", 5_000_000);
        Contractor windows = new Contractor(WINDOWS_CONTRACTOR, "美窗门窗", List.of("WINDOWS_DOORS"), "010-87654321",
                "钱工", 2_000_000);
        return new ReferenceData(List.of(project), buildings, types, units, List.of(contractor, windows),
                List.of(new ReferenceData.TemplateRef("FINISHED", 1), new ReferenceData.TemplateRef("BARE_SHELL", 1)),
                null, List.of(new ResponsibleContractor.Assignment(BUILDING_1, "WINDOWS_DOORS", WINDOWS_CONTRACTOR)),
                List.of(new Repairer("maint1", "李维修"), new Repairer("maint2", "周师傅")));
    }

    public static Unit unit1201() {
        return reference().units().get(0);
    }

    private static Unit unit(String id, UUID building, String number, int floor, DeliveryStandard standard, UUID type,
                             String owner) {
        return new Unit(UUID.fromString(id), PROJECT, building, number, floor, standard, type, owner,
                owner == null ? null : "13800000000");
    }

    /** A real JPEG of the given size with a coloured pattern (different seeds give different bytes). */
    public static byte[] jpeg(int width, int height, int seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 190 - seed % 50, 170));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(90, 60, 40));
        for (int i = 0; i < 12; i++) {
            g.drawLine((i * 37 + seed * 11) % width, 0, (i * 53 + seed * 7) % width, height - 1);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
