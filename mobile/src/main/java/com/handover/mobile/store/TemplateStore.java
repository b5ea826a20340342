package com.handover.mobile.store;

import com.handover.model.checklist.ChecklistTemplate;
import java.util.List;

/** Checklist template versions downloaded from the server, kept so that they are there after a restart. */
public interface TemplateStore {

    /** Stores a downloaded version (again: it replaces the stored copy of that code and version). */
    void save(ChecklistTemplate template);

    /** Every stored version this app can read, by code and then version. */
    List<ChecklistTemplate> all();
}
