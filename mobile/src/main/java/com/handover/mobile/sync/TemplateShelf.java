package com.handover.mobile.sync;

import com.handover.model.checklist.ChecklistTemplate;

/** Where sync keeps the checklist template versions it downloads: the device's catalog of templates. */
public interface TemplateShelf {

    boolean holds(String code, int version);

    /**
     * Stores a downloaded version and adds it to the catalog.
     *
     * @throws IllegalArgumentException when it does not fit this app: an item names a code this app does not know,
     *                                  or the version exists here with other content (nothing is stored then)
     */
    void add(ChecklistTemplate template);
}
