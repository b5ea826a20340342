package com.handover.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.state.ItemEntry;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void equalTextsAndIdsComeBackAsOneInstance() {
        String text = SharedValues.shared(new String("LIVING-1"));
        assertSame(text, SharedValues.shared(new String("LIVING-1")));
        UUID id = SharedValues.shared(UUID.fromString("1f08e418-b554-4bea-836d-d1b11d3da887"));
        assertSame(id, SharedValues.shared(UUID.fromString("1f08e418-b554-4bea-836d-d1b11d3da887")));
        assertNull(SharedValues.shared((String) null));
        assertNull(SharedValues.shared((UUID) null));
    }

    @Test
    void anAnswersKeyIsHeldOnceForEveryInspectionThatAnswersTheItem() {
        assertSame(ItemEntry.sharedKey(new String("LIVING"), "F-LIVING-WALL_FLAT"),
                ItemEntry.sharedKey("LIVING", new String("F-LIVING-WALL_FLAT")));
        assertEquals(ItemEntry.key("LIVING", "F-LIVING-WALL_FLAT"), ItemEntry.sharedKey("LIVING", "F-LIVING-WALL_FLAT"));
    }

    @Test
    void aLongTextIsReturnedAsGivenAndNotHeld() {
        String longText = "x".repeat(SharedValues.MAX_TEXT_LENGTH + 1);
        String again = new String(longText);
        assertSame(longText, SharedValues.shared(longText));
        assertSame(again, SharedValues.shared(again));
        assertNotSame(SharedValues.shared(longText), SharedValues.shared(again));
        String longest = "y".repeat(SharedValues.MAX_TEXT_LENGTH);
        assertSame(SharedValues.shared(longest), SharedValues.shared(new String(longest)));
    }

    @Test
    void textsThatNeverRecurHoldNoMoreThanTheLimitAndEveryAnswerStaysEqual() {
        for (int i = 0; i < 3 * SharedValues.LIMIT; i++) {
            String text = "unique-" + i;
            assertEquals(text, SharedValues.shared(text));
            assertTrue(SharedValues.size() <= SharedValues.LIMIT, "held " + SharedValues.size());
        }
        String kept = SharedValues.shared(new String("KITCHEN-1"));
        assertSame(kept, SharedValues.shared(new String("KITCHEN-1")), "sharing goes on after starting again");
    }
}
