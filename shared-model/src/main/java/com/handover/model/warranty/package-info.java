/**
 * Warranty expiry rules (REFERENCE.md §1.4–1.5), as pure functions over data: the statutory periods of each
 * warranty category (a versioned {@link com.handover.model.warranty.WarrantyPolicy}), city or project rule
 * packs that lengthen them, heating-season calendars per city, and per-project settings (the contractor's
 * 质量保修书 periods, seasons, counting policy). The bundled data is read by
 * {@code com.handover.model.json.BundledWarrantyRules}.
 */
package com.handover.model.warranty;
