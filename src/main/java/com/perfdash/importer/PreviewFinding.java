package com.perfdash.importer;

import com.perfdash.base.text.Bilingual;

/**
 * A review finding the imported version of a report would raise, as the dry-run load's review checks
 * found it.
 *
 * @param severity ERROR, WARNING or INFO
 * @param rule     the rule's code
 * @param added    true when the loaded version of the report does not raise it (a new report: always)
 */
public record PreviewFinding(String unitCode, int fiscalYear, String severity, String rule, String messageZh,
                             String messageEn, boolean added) {

    public String message(java.util.Locale locale) {
        return Bilingual.english(locale) ? messageEn : messageZh;
    }
}
