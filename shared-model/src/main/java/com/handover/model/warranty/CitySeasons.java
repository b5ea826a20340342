package com.handover.model.warranty;

import com.handover.model.Checks;
import java.util.List;

/**
 * A city's heating season as set by its government, e.g. 北京 11-15 to 03-15.
 *
 * @param aliases other spellings of the city, e.g. "Beijing"
 * @param basis   where the dates come from and how sure they are
 */
public record CitySeasons(String city, List<String> aliases, SeasonWindow heating, String basis) {
    public CitySeasons {
        Checks.text("citySeasons.city", city, Checks.MAX_NAME);
        aliases = Checks.list("citySeasons.aliases", aliases);
        aliases.forEach(a -> Checks.text("citySeasons.aliases[]", a, Checks.MAX_NAME));
        Checks.required("citySeasons.heating", heating);
        Checks.text("citySeasons.basis", basis, Checks.MAX_TEXT);
    }

    public boolean isCalled(String name) {
        return CityName.same(city, name) || aliases.stream().anyMatch(a -> CityName.same(a, name));
    }
}
