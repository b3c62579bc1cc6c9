package com.minerdesk.desk.imports;

import com.minerdesk.market.SectorMetric;

/** A valid sector-metrics line of an uploaded file. */
public record MetricRow(int line, SectorMetric metric) {
}
