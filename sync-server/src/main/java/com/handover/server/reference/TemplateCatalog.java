package com.handover.server.reference;

import com.handover.server.store.StateStore;
import java.util.List;

/** The checklist templates devices may use, and how many items an inspection on one of them has. */
public interface TemplateCatalog extends StateStore.ItemCounter {

    record TemplateRef(String code, int version) {
    }

    List<TemplateRef> templates();
}
