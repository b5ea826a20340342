package com.handover.server.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.server.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many items an inspection has, as the state tables count it: from the bundled and published versions, the
 * same on every asking, and for a version published after an inspection on it was first counted.
 */
class PublishedTemplateCatalogTest {

    private static final List<String> ROOMS = List.of("LIVING", "KITCHEN");

    @Test
    void anInspectionIsCountedOnItsVersionOnceThatVersionIsPublished() throws Exception {
        try (TestServer s = TestServer.start()) {
            TemplateStore store = new TemplateStore(s.components().db());
            PublishedTemplateCatalog catalog = new PublishedTemplateCatalog(store);
            ChecklistTemplate v1 = store.catalog().template("FINISHED", 1).orElseThrow();
            int v1Items = v1.itemCount(v1.instantiate(ROOMS));

            assertEquals(v1Items, count(s, catalog, "FINISHED", 1, ROOMS));
            assertEquals(v1Items, count(s, catalog, "FINISHED", 1, ROOMS), "asked again");
            assertEquals(v1.itemCount(v1.instantiate(List.of("LIVING"))),
                    count(s, catalog, "FINISHED", 1, List.of("LIVING")), "other rooms, another count");

            // A device may start an inspection on a version this server has not published yet.
            assertNull(count(s, catalog, "FINISHED", 2, ROOMS));
            // The next version checks one item fewer in the living room.
            List<RoomTemplate> rooms = v1.rooms().stream().map(r -> !r.code().equals("LIVING") ? r
                    : new RoomTemplate(r.code(), r.nameZh(), r.nameEn(), r.repeatable(), r.wholeUnit(),
                    r.items().subList(1, r.items().size()))).toList();
            ChecklistTemplate fewer = new ChecklistTemplate(v1.code(), v1.version(), v1.nameZh(), v1.nameEn(),
                    v1.seedForm(), rooms);
            store.saveDraft(fewer, 1, "test", "office", 1L);
            ChecklistTemplate v2 = store.publish("FINISHED", "office", 2L);
            assertEquals(2, v2.version());
            assertEquals(v1Items - 1, count(s, catalog, "FINISHED", 2, ROOMS), "counted once published");
            assertEquals(v1Items, count(s, catalog, "FINISHED", 1, ROOMS), "the older version keeps its count");
        }
    }

    private static Integer count(TestServer s, PublishedTemplateCatalog catalog, String code, int version,
                                 List<String> rooms) {
        return s.components().db().read(c -> catalog.itemCount(c, code, version, rooms));
    }
}
