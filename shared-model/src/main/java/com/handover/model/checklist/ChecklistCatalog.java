package com.handover.model.checklist;

import com.handover.model.Checks;
import com.handover.model.DeliveryStandard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All checklist templates known to a replica, every version of each, with the vocabulary their items use.
 * Immutable: {@link #with} gives a catalog that also holds a newly published version. The bundled catalog
 * is {@code com.handover.model.json.BundledChecklists.catalog()}.
 */
public final class ChecklistCatalog {

    private final ChecklistVocabulary vocabulary;
    private final List<ChecklistTemplate> templates;

    /**
     * @throws IllegalArgumentException when an item refers to a code the vocabulary lacks, or a code and
     *                                  version appear twice
     */
    public ChecklistCatalog(ChecklistVocabulary vocabulary, List<ChecklistTemplate> templates) {
        this.vocabulary = Checks.required("vocabulary", vocabulary);
        List<ChecklistTemplate> sorted = new ArrayList<>(Checks.list("templates", templates));
        sorted.sort(Comparator.comparing(ChecklistTemplate::code).thenComparingInt(ChecklistTemplate::version));
        for (int i = 0; i < sorted.size(); i++) {
            ChecklistTemplate t = sorted.get(i);
            vocabulary.checkReferences(t);
            if (i > 0 && sorted.get(i - 1).code().equals(t.code()) && sorted.get(i - 1).version() == t.version()) {
                throw new IllegalArgumentException("template " + t.code() + " v" + t.version() + " is there twice");
            }
        }
        this.templates = List.copyOf(sorted);
    }

    public ChecklistVocabulary vocabulary() {
        return vocabulary;
    }

    /** Every version of every template, by code and then version. */
    public List<ChecklistTemplate> templates() {
        return templates;
    }

    public Optional<ChecklistTemplate> template(String code, int version) {
        return templates.stream().filter(t -> t.code().equals(code) && t.version() == version).findFirst();
    }

    public Optional<ChecklistTemplate> latest(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).max(Comparator.comparingInt(ChecklistTemplate::version));
    }

    public Optional<ChecklistTemplate> latest(DeliveryStandard standard) {
        return latest(standard.name());
    }

    /**
     * This catalog plus a published version. Publishing the identical template again changes nothing.
     *
     * @throws IllegalArgumentException when that code and version exist with other content, or an item
     *                                  refers to an unknown code
     */
    public ChecklistCatalog with(ChecklistTemplate published) {
        Optional<ChecklistTemplate> existing = template(published.code(), published.version());
        if (existing.isPresent()) {
            if (existing.get().equals(published)) {
                return this;
            }
            throw new IllegalArgumentException("template " + published.code() + " v" + published.version()
                    + " already exists with other content; publish it as a new version");
        }
        List<ChecklistTemplate> all = new ArrayList<>(templates);
        all.add(published);
        return new ChecklistCatalog(vocabulary, all);
    }
}
