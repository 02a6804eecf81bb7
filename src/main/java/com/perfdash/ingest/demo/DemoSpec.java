package com.perfdash.ingest.demo;

/**
 * What to generate: the seed every figure derives from, how many units (the named units of 青禾区
 * first, then numbered 示范单位), the fiscal years, and the data set's name, which appears in each
 * report's {@code source_file} as {@code generated:<datasetName> seed=<seed>}.
 */
public record DemoSpec(long seed, int unitCount, int fromYear, int toYear, String datasetName) {

    public static final long DEFAULT_SEED = 20240601L;
    public static final int DEFAULT_UNITS = 28;
    public static final int DEFAULT_FROM = 2016;
    public static final int DEFAULT_TO = 2025;
    public static final String DEFAULT_NAME = "demo-district";

    public DemoSpec {
        if (unitCount < 1 || unitCount > 999_999) {
            throw new IllegalArgumentException("unit count must be 1–999999, was " + unitCount);
        }
        if (fromYear < 2000 || toYear > 2100 || fromYear > toYear) {
            throw new IllegalArgumentException("years must satisfy 2000 ≤ from ≤ to ≤ 2100, were " + fromYear + "–" + toYear);
        }
        if (datasetName == null || datasetName.isBlank()) {
            throw new IllegalArgumentException("data set name must not be blank");
        }
    }

    /** The spec behind {@code data/demo/}: 28 units, 2016–2025, seed 20240601. */
    public static DemoSpec defaults() {
        return new DemoSpec(DEFAULT_SEED, DEFAULT_UNITS, DEFAULT_FROM, DEFAULT_TO, DEFAULT_NAME);
    }

    public String sourceFile() {
        return "generated:" + datasetName + " seed=" + seed;
    }
}
