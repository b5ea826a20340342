package com.handover.server.office.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import java.util.List;

/**
 * A chart drawn by static/charts.js with ECharts: bars ({@code bar}), stacked bars ({@code stacked}) or
 * horizontal bars ({@code hbar}). It travels as JSON in the chart element's {@code data-chart} attribute.
 */
public record ChartSpec(String kind, List<String> categories, List<Series> series, boolean percent) {

    public record Series(String name, List<? extends Number> data, String color) {
    }

    public String json() {
        try {
            return ModelJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean empty() {
        return categories.isEmpty();
    }
}
