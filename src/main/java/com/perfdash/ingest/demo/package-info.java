/**
 * The demo district 青禾区: a deterministic generator that writes a fictional district's units and their
 * 2016–2025 self-evaluation reports in the eight-file CSV data format (see {@code docs/data-format.md}),
 * with recurring projects, plausible budgets, scores and texts, and a small, recorded sprinkle of the
 * defects real reports carry, so that every view and check has something to show. The same
 * {@link com.perfdash.ingest.demo.DemoSpec} always yields byte-identical files; {@code data/demo/} is
 * the output of the default spec.
 */
package com.perfdash.ingest.demo;
