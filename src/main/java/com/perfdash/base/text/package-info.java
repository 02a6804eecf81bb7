/**
 * Sentences the application writes outside a view's message bundles (problems of a load or an import,
 * stored and shown later in the reader's language), each in Chinese and English.
 */
package com.perfdash.base.text;
