package com.perfdash.importer;

/** Where an accepted import batch stands on disk. */
public enum BatchState {
    /** In the import folder and loaded. */
    APPLIED,
    /** In the import folder with a WITHDRAWN file: kept, not loaded. */
    WITHDRAWN,
    /** No longer in the import folder. */
    MISSING
}
