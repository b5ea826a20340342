package com.handover.mobile.replica;

import com.handover.mobile.store.TemplateStore;
import com.handover.mobile.sync.TemplateShelf;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The checklist templates this device holds: the versions bundled with the app plus those the office published
 * and sync downloaded. Screens read {@link #catalog()} each time they refresh; it only ever grows.
 */
public final class ChecklistLibrary implements TemplateShelf {

    private final TemplateStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ChecklistCatalog catalog;

    private ChecklistLibrary(ChecklistCatalog catalog, TemplateStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** The bundled catalog plus every stored version that fits it (on start). */
    public static ChecklistLibrary load(ChecklistCatalog bundled, TemplateStore store) {
        ChecklistCatalog catalog = bundled;
        for (ChecklistTemplate t : store.all()) {
            try {
                catalog = catalog.with(t);
            } catch (IllegalArgumentException e) {
                // A stored copy that no longer fits this app version counts as not held: sync fetches it again
                // and says so when it still does not fit.
                continue;
            }
        }
        return new ChecklistLibrary(catalog, store);
    }

    public ChecklistCatalog catalog() {
        return catalog;
    }

    @Override
    public boolean holds(String code, int version) {
        return catalog.template(code, version).isPresent();
    }

    @Override
    public void add(ChecklistTemplate template) {
        synchronized (this) {
            ChecklistCatalog grown = catalog.with(template);
            if (grown == catalog) {
                return;
            }
            store.save(template);
            catalog = grown;
        }
        listeners.forEach(Runnable::run);
    }

    /** Told (on the sync thread) after a version was added. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Forgets every listener (the screens of a closed app); called when the composition closes. */
    public void removeAllListeners() {
        listeners.clear();
    }
}
