package com.handover.model.warranty;

import com.handover.model.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Heating seasons per city, and the cooling season used where a project sets none (cooling seasons have
 * no statutory calendar; REFERENCE.md §1.5). A city without an entry has no municipal heating season.
 */
public record SeasonCalendars(int version, List<CitySeasons> cities, SeasonWindow defaultCooling) {

    public SeasonCalendars {
        if (version < 1) {
            throw new IllegalArgumentException("seasons.version must be 1 or more");
        }
        cities = Checks.list("seasons.cities", cities);
        Set<String> names = new HashSet<>();
        for (CitySeasons c : cities) {
            for (String name : concat(c.city(), c.aliases())) {
                if (!names.add(CityName.normalize(name))) {
                    throw new IllegalArgumentException("seasons.cities names " + name + " twice");
                }
            }
        }
        Checks.required("seasons.defaultCooling", defaultCooling);
    }

    public Optional<SeasonWindow> heatingIn(String city) {
        return cities.stream().filter(c -> c.isCalled(city)).map(CitySeasons::heating).findFirst();
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
