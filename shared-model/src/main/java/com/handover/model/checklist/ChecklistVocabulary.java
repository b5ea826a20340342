package com.handover.model.checklist;

import com.handover.model.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The codes checklist items refer to: inspection methods, trades, measures and warranty categories, with
 * their names. Versioned like the templates; codes are unique within each list.
 */
public record ChecklistVocabulary(int version, List<InspectionMethod> methods, List<Trade> trades,
                                  List<Measure> measures, List<WarrantyCategory> warrantyCategories) {

    public ChecklistVocabulary {
        if (version < 1) {
            throw new IllegalArgumentException("vocabulary.version must be 1 or more");
        }
        methods = Checks.list("vocabulary.methods", methods);
        trades = Checks.list("vocabulary.trades", trades);
        measures = Checks.list("vocabulary.measures", measures);
        warrantyCategories = Checks.list("vocabulary.warrantyCategories", warrantyCategories);
        unique("methods", methods, InspectionMethod::code);
        unique("trades", trades, Trade::code);
        unique("measures", measures, Measure::code);
        unique("warrantyCategories", warrantyCategories, WarrantyCategory::code);
    }

    public Optional<InspectionMethod> method(String code) {
        return methods.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<Trade> trade(String code) {
        return trades.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<WarrantyCategory> warrantyCategory(String code) {
        return warrantyCategories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Checks that every item of the template refers to a method, trade, warranty category and measure of
     * this vocabulary.
     *
     * @throws IllegalArgumentException naming the first item with an unknown code
     */
    public void checkReferences(ChecklistTemplate template) {
        for (RoomTemplate room : template.rooms()) {
            for (ChecklistItem item : room.items()) {
                String where = "template " + template.code() + " v" + template.version() + " item " + item.code();
                require(method(item.method()).isPresent(), where + ": unknown method " + item.method());
                require(trade(item.trade()).isPresent(), where + ": unknown trade " + item.trade());
                require(warrantyCategory(item.warrantyCategory()).isPresent(),
                        where + ": unknown warranty category " + item.warrantyCategory());
                if (item.tolerance() != null) {
                    for (ToleranceLimit limit : item.tolerance().limits()) {
                        require(measure(limit.measure()).isPresent(), where + ": unknown measure " + limit.measure());
                    }
                }
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static <T> void unique(String field, List<T> values, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (T v : values) {
            if (!seen.add(code.apply(v))) {
                throw new IllegalArgumentException("vocabulary." + field + " has " + code.apply(v) + " twice");
            }
        }
    }
}
