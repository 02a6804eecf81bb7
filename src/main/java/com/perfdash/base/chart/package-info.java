/**
 * Charts: the {@link com.perfdash.base.chart.ApexChart} component (our own small wrapper of the
 * ApexCharts library), the typed, immutable {@link com.perfdash.base.chart.ChartOptions} it renders,
 * and {@link com.perfdash.base.chart.ChartBuilder}, the one place that holds the house defaults
 * (colours, 万元 and percent formats, Chinese locale, downloads, empty state). Features map their
 * service rows to categories and series in a pure mapper and hand them to the builder; no view
 * configures ApexCharts by hand.
 */
package com.perfdash.base.chart;
