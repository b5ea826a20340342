package com.handover.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResponsibleContractorTest {

    private static final UUID BUILDING_1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BUILDING_2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Contractor MEICHUANG = contractor("美窗门窗幕墙有限公司", "WINDOWS_DOORS");
    private static final Contractor JINGGONG = contractor("精工装饰工程有限公司", "WINDOWS_DOORS", "DECORATION");
    private static final List<Contractor> ALL = List.of(MEICHUANG, JINGGONG);

    @Test
    void theContractorRegisteredForTheBuildingAndTradeAnswers() {
        List<ResponsibleContractor.Assignment> registered = List.of(
                new ResponsibleContractor.Assignment(BUILDING_1, "WINDOWS_DOORS", MEICHUANG.id()),
                new ResponsibleContractor.Assignment(BUILDING_2, "WINDOWS_DOORS", JINGGONG.id()));
        assertEquals(MEICHUANG, ResponsibleContractor.of(ALL, registered, "WINDOWS_DOORS", BUILDING_1).orElseThrow());
        assertEquals(JINGGONG, ResponsibleContractor.of(ALL, registered, "WINDOWS_DOORS", BUILDING_2).orElseThrow());
    }

    @Test
    void withoutARegistrationTheFirstContractorOfTheTradeByNameAnswersAndNoTradeNobody() {
        assertEquals(JINGGONG, ResponsibleContractor.of(ALL, List.of(), "WINDOWS_DOORS", BUILDING_1).orElseThrow());
        assertTrue(ResponsibleContractor.of(ALL, List.of(), "PLUMBING", BUILDING_1).isEmpty());
        assertTrue(ResponsibleContractor.of(ALL, List.of(), null, BUILDING_1).isEmpty());
    }

    private static Contractor contractor(String name, String... trades) {
        return new Contractor(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name,
                List.of(trades), null, null, 0);
    }
}
