package com.handover.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {

    @Test
    void halfWidthMarksBetweenChineseBecomeFullWidth() {
        assertEquals("墙面平整，无裂缝；阴阳角方正：用尺检查", ChinesePunctuation.normalize("墙面平整,无裂缝; 阴阳角方正 : 用尺检查"));
    }

    @Test
    void bracketsAroundLatinTextInChineseBecomeFullWidthAsAPair() {
        assertEquals("依据（GB 50210）执行", ChinesePunctuation.normalize("依据 (GB 50210) 执行"));
        assertEquals("偏差（mm）", ChinesePunctuation.normalize("偏差(mm)"));
    }

    @Test
    void numbersUnitsAndLatinTextKeepTheirMarks() {
        for (String s : new String[] {"3 mm", "12:30", "Walls flat, no cracks (see GB 50210)", "偏差 ≤ 3 mm", "1,000 元"}) {
            assertEquals(s, ChinesePunctuation.normalize(s));
            assertTrue(ChinesePunctuation.find(s).isEmpty(), s);
        }
    }

    @Test
    void findNamesEachPlace() {
        assertEquals(3, ChinesePunctuation.find("合格,无裂缝(目测)").size());
    }
}
