package com.minerdesk.desk;

/** A valid sector-metrics line of an uploaded file. */
public record MetricRow(int line, SectorMetric metric) {
}
