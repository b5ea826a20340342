package com.handover.server.reference;

import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The checklist templates devices may use, and how many items an inspection on one of them has. */
public interface TemplateCatalog extends StateStore.ItemCounter {

    record TemplateRef(String code, int version) {
    }

    /** Reads, where it must, through {@code c}: it is called inside the caller's transaction. */
    List<TemplateRef> templates(Connection c) throws SQLException;
}
