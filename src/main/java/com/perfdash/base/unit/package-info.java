/**
 * Budget units as every page names them: {@link com.perfdash.base.unit.UnitRef} (code, name, category),
 * the directory a page asks for them ({@link com.perfdash.base.unit.UnitDirectory}) and the one unit
 * picker ({@link com.perfdash.base.unit.UnitPicker}). Here so that the review, the user administration
 * and the summary can choose a unit without depending on the units feature.
 */
package com.perfdash.base.unit;
